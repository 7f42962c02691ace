/**
 * What a complete register entry holds, requirement by requirement: the message key shown when
 * it is missing, the section of the form it belongs to and its level.
 * - `mandatory`: an item of GDPR Art. 30(1)(a)–(g) or Art. 30(2)(a)–(d) ("where possible" items
 *   count as expected: an operator can always describe them);
 * - `conditional`: a legal condition triggered by what the entry says (Art. 6, 9, 10; a retention
 *   period above its ceiling without justification);
 * - `major`: a gap the law does not let the organisation leave open although it does not stop the
 *   entry from describing what is done (a DPIA the screening requires and that is not done, Art.
 *   35(1)): weighed like an Art. 30 item and listed first, without blocking activation;
 * - `recommended`: good practice beyond Art. 30 (e.g. retention trigger, data source, review date).
 * Mandatory and conditional items block activation; their keys live under `register.errors`.
 */
export type RequirementLevel = "mandatory" | "conditional" | "major" | "recommended";

export type CompletenessSection =
  | "identity"
  | "controllers_served"
  | "purposes"
  | "data"
  | "recipients"
  | "transfers"
  | "retention"
  | "security"
  | "legal_basis"
  | "dpia"
  | "governance";

export interface Requirement {
  readonly key: string;
  readonly section: CompletenessSection;
  readonly level: RequirementLevel;
}

const mandatory = (section: CompletenessSection, name: string): Requirement => ({
  key: `register.errors.${name}`,
  section,
  level: "mandatory",
});
const conditional = (section: CompletenessSection, name: string): Requirement => ({
  key: `register.errors.${name}`,
  section,
  level: "conditional",
});
const major = (section: CompletenessSection, name: string): Requirement => ({
  key: `register.completeness.${name}`,
  section,
  level: "major",
});
const recommended = (section: CompletenessSection, name: string): Requirement => ({
  key: `register.completeness.${name}`,
  section,
  level: "recommended",
});

/** Every requirement the completeness rules check. Keys are listed in the message files. */
export const REQUIREMENTS = {
  organisationName: mandatory("identity", "organisationNameRequired"),
  organisationContact: mandatory("identity", "organisationContactRequired"),
  dpoName: mandatory("identity", "dpoNameRequired"),
  dpoContact: mandatory("identity", "dpoContactRequired"),
  representativeName: mandatory("identity", "representativeNameRequired"),
  representativeContact: mandatory("identity", "representativeContactRequired"),
  jointControllers: mandatory("identity", "jointControllersRequired"),
  jointControllerName: mandatory("identity", "jointControllerNameRequired"),
  jointControllerContact: mandatory("identity", "jointControllerContactRequired"),
  controllersServed: mandatory("controllers_served", "controllersServedRequired"),
  controllerServedName: mandatory("controllers_served", "controllerServedNameRequired"),
  controllerServedContact: mandatory("controllers_served", "controllerServedContactRequired"),
  controllerServedRepresentative: mandatory("controllers_served", "controllerServedRepresentativeRequired"),
  processingCategories: mandatory("controllers_served", "processingCategoriesRequired"),
  purposes: mandatory("purposes", "purposesRequired"),
  purposeDescription: mandatory("purposes", "purposeDescriptionRequired"),
  dataSubjects: mandatory("data", "dataSubjectsRequired"),
  dataCategories: mandatory("data", "dataCategoriesRequired"),
  recipients: mandatory("recipients", "recipientsRequired"),
  recipientName: mandatory("recipients", "recipientNameRequired"),
  transferForRecipient: mandatory("transfers", "transferRequiredForRecipient"),
  transferForProcessor: mandatory("transfers", "transferRequiredForProcessor"),
  transferDestination: mandatory("transfers", "transferDestinationRequired"),
  transferMechanism: mandatory("transfers", "transferMechanismRequired"),
  transferSafeguards: mandatory("transfers", "transferDocumentationRequired"),
  retention: mandatory("retention", "retentionRequired"),
  security: mandatory("security", "securityMeasuresRequired"),
  legalBasis: conditional("legal_basis", "legalBasisRequired"),
  balancingTest: conditional("legal_basis", "balancingTestRequired"),
  art9Condition: conditional("legal_basis", "art9ConditionRequired"),
  criminalDataAuthorisation: conditional("legal_basis", "criminalDataAuthorisationRequired"),
  retentionJustification: conditional("retention", "retentionJustificationRequired"),
  jointArrangement: recommended("identity", "jointArrangementMissing"),
  controllerServedContract: recommended("controllers_served", "controllerServedContractMissing"),
  transferDocumentation: recommended("transfers", "transferDocumentationMissing"),
  retentionTrigger: recommended("retention", "retentionTriggerMissing"),
  dpiaNotDone: major("dpia", "dpiaRequiredNotDone"),
  retentionDecreeLapsed: major("retention", "retentionDecreeLapsed"),
  ePrivacyConsent: major("legal_basis", "ePrivacyConsentRequired"),
  locationToThirdParty: major("recipients", "locationToThirdParty"),
  dpiaReviewOverdue: recommended("dpia", "dpiaReviewOverdue"),
  dataSource: recommended("governance", "dataSourceMissing"),
  systems: recommended("governance", "systemsMissing"),
  processorContract: recommended("governance", "processorContractMissing"),
  businessOwner: recommended("governance", "businessOwnerMissing"),
  reviewDate: recommended("governance", "reviewDateMissing"),
  reviewOverdue: recommended("governance", "reviewOverdue"),
} as const satisfies Record<string, Requirement>;

export type RequirementId = keyof typeof REQUIREMENTS;

/** Weight of a requirement in the score: blocking items and major gaps count double. */
export const REQUIREMENT_WEIGHTS: Readonly<Record<RequirementLevel, number>> = {
  mandatory: 2,
  conditional: 2,
  major: 2,
  recommended: 1,
};

/** Order of the missing list: major gaps first, the rest in the order of the form. */
export const REQUIREMENT_LEVEL_ORDER: Readonly<Record<RequirementLevel, number>> = {
  major: 0,
  mandatory: 1,
  conditional: 1,
  recommended: 1,
};

/** Message keys of the sections, to group missing items in the UI. */
export const COMPLETENESS_SECTION_MESSAGE_KEYS: Readonly<Record<CompletenessSection, string>> = {
  identity: "register.completeness.sections.identity",
  controllers_served: "register.completeness.sections.controllers_served",
  purposes: "register.completeness.sections.purposes",
  data: "register.completeness.sections.data",
  recipients: "register.completeness.sections.recipients",
  transfers: "register.completeness.sections.transfers",
  retention: "register.completeness.sections.retention",
  security: "register.completeness.sections.security",
  legal_basis: "register.completeness.sections.legal_basis",
  dpia: "register.completeness.sections.dpia",
  governance: "register.completeness.sections.governance",
};

/** Message keys of the requirement levels. */
export const REQUIREMENT_LEVEL_MESSAGE_KEYS: Readonly<Record<RequirementLevel, string>> = {
  mandatory: "register.completeness.levels.mandatory",
  conditional: "register.completeness.levels.conditional",
  major: "register.completeness.levels.major",
  recommended: "register.completeness.levels.recommended",
};
