/** Shapes the consent domain sends to the client: types only, safe to import from client components. */
import type { ConsentPurposeKind } from "@/db/schema/consent";

export interface PurposeDTO {
  id: string;
  key: string;
  /** Consent (opt-in) or objection (opt-out); fixed at creation. */
  kind: ConsentPurposeKind;
  labelFr: string;
  labelEn: string;
  description: string;
  registerRefs: string[];
  /** Linked register entries that are not active (draft, retired, missing): a register gap. */
  inactiveRegisterRefs: string[];
  channels: string[];
  /** Channels campaigns for this purpose may use (the campaign check refuses the others). */
  campaignChannels: string[];
  isActive: boolean;
  version: number;
  textVersions: { version: string; effectiveFrom: string; text: string }[];
}

/** A consent purpose as the register entry it serves shows it (the link back). */
export interface ServingPurposeDTO {
  key: string;
  /** Consent (opt-in) or objection (opt-out): the entry's reader sees which right the subscriber exercises. */
  kind: ConsentPurposeKind;
  labelFr: string;
  labelEn: string;
  isActive: boolean;
}
