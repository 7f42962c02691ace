import { z } from "zod";
import { campaignChannels, consentChannels, consentPurposeKinds } from "@/db/schema/consent";
import { registerReference } from "@/lib/register/reference";
import { INVALID_TEXT, isStorableJson, text } from "@/lib/validation";

/** Client-safe zod schemas of the consent domain; every message is a translation key. */
export const MAX_PROOF_BYTES = 2048;
export const MAX_FUTURE_MS = 5 * 60_000;
export { campaignChannels, consentChannels, consentPurposeKinds };

/** NUL and lone surrogates (which PostgreSQL cannot store as given) are refused on the field rather than failing the whole batch. */
const requiredText = (max: number, tooLong: string) =>
  text({ error: "consent.errors.required" }).trim().min(1, "consent.errors.required").max(max, tooLong);

/** One event as a sender pushes it (API body item or CSV row). The future-time rule needs `now`: see validateEvents. */
export const consentEventSchema = z.object({
  eventId: requiredText(64, "consent.errors.eventIdTooLong"),
  subscriberRef: requiredText(128, "consent.errors.subscriberRefTooLong"),
  purpose: requiredText(64, "consent.errors.unknownPurpose"),
  action: z.enum(["grant", "withdraw"], { error: "consent.errors.action" }),
  channel: z.enum(consentChannels, { error: "consent.errors.channel" }),
  occurredAt: z.iso.datetime({ offset: true, error: "consent.errors.occurredAt" }),
  textVersion: requiredText(32, "consent.errors.textVersionTooLong"),
  source: text({ error: "consent.errors.source" }).max(128, "consent.errors.sourceTooLong").nullish(),
  proof: z
    .record(z.string(), z.unknown(), { error: "consent.errors.proofObject" })
    .nullish()
    .refine(
      (proof) => proof == null || new TextEncoder().encode(JSON.stringify(proof)).length <= MAX_PROOF_BYTES,
      "consent.errors.proofTooLarge",
    )
    .refine((proof) => proof == null || isStorableJson(proof), INVALID_TEXT),
});
export type ConsentEventInput = z.input<typeof consentEventSchema>;

const purposeKey = z
  .string({ error: "consent.errors.required" })
  .trim()
  .regex(/^[a-z][a-z0-9_]{2,63}$/, "consent.errors.purposeKey");
/** A register reference (`TRT-0012`, `TRT-10000`), trimmed and upper-cased; its existence is checked by the mutation. */
const registerRef = registerReference("consent.errors.registerRef");

export const purposeFieldsSchema = z.object({
  labelFr: requiredText(120, "consent.errors.labelTooLong"),
  labelEn: requiredText(120, "consent.errors.labelTooLong"),
  description: text().trim().max(2000, "consent.errors.descriptionTooLong").default(""),
  /** An array, or the text of a form field: references separated by commas or spaces; each kept once. */
  registerRefs: z.preprocess(
    (value) => (typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : value),
    z
      .array(registerRef, { error: "consent.errors.registerRefsRequired" })
      .min(1, "consent.errors.registerRefsRequired")
      .transform((references) => [...new Set(references)]),
  ),
  channels: z
    .array(z.enum(consentChannels, { error: "consent.errors.channel" }))
    .min(1, "consent.errors.channelsRequired"),
  /** Channels campaigns for this purpose may use; none means no campaign list passes the check. */
  campaignChannels: z
    .array(z.enum(campaignChannels, { error: "consent.errors.campaignChannel" }))
    .default([])
    .transform((channels) => [...new Set(channels)]),
});

/** Creation only: the kind and the key never change afterwards (the update schema has neither; a posted one is stripped). */
export const createPurposeSchema = purposeFieldsSchema.extend({
  key: purposeKey,
  kind: z.enum(consentPurposeKinds, { error: "consent.errors.purposeKind" }).default("consent"),
  textVersion: requiredText(32, "consent.errors.textVersionTooLong"),
  textEffectiveFrom: z.iso.date({ error: "consent.errors.date" }),
  text: requiredText(10_000, "consent.errors.textTooLong"),
});
export type CreatePurposeInput = z.input<typeof createPurposeSchema>;

export const updatePurposeSchema = purposeFieldsSchema.extend({
  id: z.uuid({ error: "consent.errors.required" }),
  version: z.coerce.number({ error: "consent.errors.required" }).int().min(1),
});
export type UpdatePurposeInput = z.input<typeof updatePurposeSchema>;

export const setPurposeActiveSchema = z.object({
  id: z.uuid({ error: "consent.errors.required" }),
  version: z.coerce.number({ error: "consent.errors.required" }).int().min(1),
  isActive: z.boolean({ error: "consent.errors.required" }),
});

export const addTextVersionSchema = z.object({
  purposeId: z.uuid({ error: "consent.errors.required" }),
  version: requiredText(32, "consent.errors.textVersionTooLong"),
  effectiveFrom: z.iso.date({ error: "consent.errors.date" }),
  text: requiredText(10_000, "consent.errors.textTooLong"),
});
export type AddTextVersionInput = z.input<typeof addTextVersionSchema>;

export const lookupSchema = z.object({ subscriberRef: requiredText(128, "consent.errors.subscriberRefTooLong") });
