import type { z } from "zod";

import { DATA_CATEGORY_KEYS } from "../catalogue/catalogue";
import { dpiaSchema } from "../dpia/dpia";
import { RETENTION_UNITS } from "../catalogue/duration";
import { ART9_CONDITIONS, LEGAL_BASES } from "../catalogue/legal-bases";
import { PURPOSE_FAMILIES } from "../catalogue/purpose-families";
import {
  countryCode,
  fields,
  flag,
  list,
  oneOf,
  optionalDate,
  requiredText,
  text,
  uniqueList,
  wholeNumber,
} from "./schema-primitives";
import { SECURITY_MEASURE_KEYS } from "../catalogue/security-measures";

/**
 * The shape of a register entry (GDPR Art. 30): the zod schemas of its fields and the types
 * inferred from them, without the cross-field rules. The rules (`schema-rules.ts`, completeness)
 * read these types; `schemas.ts` adds the rules to make the whole-entry schema.
 */

/**
 * The capacity in which the organisation keeps the record: controller or joint controller
 * (Art. 30(1), Art. 26), or processor (Art. 30(2)).
 */
export const PROCESSING_ROLES = ["controller", "joint_controller", "processor"] as const;
export type ProcessingRole = (typeof PROCESSING_ROLES)[number];

/** Life cycle of a register entry; Art. 30(4): the record is kept up to date. */
export const ENTRY_STATUSES = ["draft", "active", "retired"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Categories of recipients, Art. 30(1)(d) and Art. 4(9). */
export const RECIPIENT_KINDS = ["internal", "processor", "third_party"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Transfer tools of GDPR Chapter V: Art. 45, 46(2)(c), 47, 49. */
export const TRANSFER_MECHANISMS = ["adequacy", "sccs", "bcrs", "art49_derogation"] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** A person or body with contact details (Art. 30(1)(a), 30(2)(a)). */
export const partySchema = fields({ name: text(200), contact: text(500) });
export type Party = z.infer<typeof partySchema>;

/** A joint controller (Art. 26) and the reference of the arrangement between the parties. */
export const jointControllerSchema = partySchema.extend({ arrangementReference: text(300) });
export type JointController = z.infer<typeof jointControllerSchema>;

/**
 * A purpose (Art. 30(1)(b)) with its own lawful basis (Art. 6(1)); a balancing test when the
 * basis is legitimate interests (Art. 6(1)(f)); an Art. 9(2) condition when the entry processes
 * special categories of data. The family (billing, network security, marketing...) decides the
 * retention ceilings and ePrivacy conditions of traffic and location data; absent in older versions.
 */
export const purposeSchema = fields({
  description: text(1000),
  family: oneOf(PURPOSE_FAMILIES).nullish(),
  legalBasis: oneOf(LEGAL_BASES).nullable(),
  balancingTest: text(5000),
  art9Condition: oneOf(ART9_CONDITIONS).nullable(),
});
export type Purpose = z.infer<typeof purposeSchema>;

/** A category of recipients (Art. 30(1)(d)), flagged when located in a third country. */
export const recipientSchema = fields({
  kind: oneOf(RECIPIENT_KINDS),
  name: text(200),
  isInThirdCountry: flag(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * A transfer to a third country or an international organisation (Art. 30(1)(e), 30(2)(c)) with
 * its Chapter V mechanism; Art. 49(1) second subparagraph transfers need documented safeguards.
 */
export const transferSchema = fields({
  country: countryCode(),
  internationalOrganisation: text(200),
  recipient: text(200),
  mechanism: oneOf(TRANSFER_MECHANISMS).nullable(),
  documentationReference: text(500),
});
export type Transfer = z.infer<typeof transferSchema>;

/**
 * The time limit for erasure of one data category (Art. 30(1)(f)): duration, trigger, legal
 * reference, and a justification when it exceeds the category's ceiling (CPCE art. L34-1).
 */
export const retentionRuleSchema = fields({
  dataCategory: oneOf(DATA_CATEGORY_KEYS),
  duration: fields({ value: wholeNumber(0, 1200), unit: oneOf(RETENTION_UNITS) }),
  trigger: text(300),
  legalReference: text(300),
  justification: text(2000),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

/** Art. 32(1) measures (Art. 30(1)(g), 30(2)(d)): checklist plus free description. */
export const securityMeasuresSchema = fields({
  measures: uniqueList(oneOf(SECURITY_MEASURE_KEYS), SECURITY_MEASURE_KEYS.length),
  description: text(5000),
});
export type SecurityMeasures = z.infer<typeof securityMeasuresSchema>;

/** A processor engaged by the organisation, with its Art. 28(3) contract date and location. */
export const processorSchema = fields({
  name: text(200),
  service: text(300),
  country: countryCode(),
  contractDate: optionalDate(),
});
export type Processor = z.infer<typeof processorSchema>;

/**
 * For a processor entry, one controller served (Art. 30(2)(a)–(c)): contacts, representative
 * when established outside the EU (Art. 27), DPO, categories of processing, transfers, and the
 * date of the Art. 28(3) contract.
 */
export const controllerServedSchema = partySchema.extend({
  isEstablishedInEu: flag(),
  representative: partySchema.nullable(),
  dpo: partySchema.nullable(),
  processingCategories: uniqueList(requiredText(300), 50),
  transfers: list(transferSchema, 50),
  contractDate: optionalDate(),
});
export type ControllerServed = z.infer<typeof controllerServedSchema>;

/**
 * The fields of an entry without the cross-field rules: for `.pick()` in multi-step forms
 * (zod refuses to pick from a refined object). Validate whole entries with
 * `processingActivitySchema`.
 */
export const processingActivityFieldsSchema = fields({
  name: requiredText(200),
  description: text(2000),
  role: oneOf(PROCESSING_ROLES),
  status: oneOf(ENTRY_STATUSES),
  organisation: partySchema,
  dpo: partySchema,
  euRepresentative: partySchema.nullable(),
  jointControllers: list(jointControllerSchema, 20),
  controllersServed: list(controllerServedSchema, 500),
  purposes: list(purposeSchema, 30),
  dataSubjectCategories: uniqueList(requiredText(200), 50),
  dataCategories: uniqueList(oneOf(DATA_CATEGORY_KEYS), DATA_CATEGORY_KEYS.length),
  criminalDataAuthorisation: text(500),
  recipients: list(recipientSchema, 100),
  transfers: list(transferSchema, 100),
  retention: list(retentionRuleSchema, DATA_CATEGORY_KEYS.length),
  securityMeasures: securityMeasuresSchema,
  dataSource: text(1000),
  systems: uniqueList(requiredText(200), 100),
  processors: list(processorSchema, 100),
  businessOwner: text(200),
  nextReviewOn: optionalDate(),
  dpia: dpiaSchema,
});

/** A parsed register entry (the refinement does not change the type of the fields). */
export type ProcessingActivity = z.infer<typeof processingActivityFieldsSchema>;
export type ProcessingActivityInput = z.input<typeof processingActivityFieldsSchema>;
