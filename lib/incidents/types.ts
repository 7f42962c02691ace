import type { ObligationOverride } from "@/db/schema/json-types";
import type { ObligationId, ObligationRule, StartEvent } from "./obligations/obligations";

/** The DPO's risk assessment (GDPR Art. 33(1), 34(1)); `null` while not assessed yet. */
export type RiskLevel = "unlikely" | "risk" | "high";

/** The exceptions of GDPR Art. 34(3)(a)–(c). */
export type Art34Exception = "unintelligible" | "risk_no_longer_likely" | "disproportionate_effort";

/** A notification recorded for an incident. */
export type NotificationRecord = {
  obligation: ObligationId;
  sentAt: Date;
  /** Reg. 611/2013 Art. 2(3): `false` marks an incomplete initial notification. */
  complete?: boolean;
  /** GDPR Art. 33(1): reasons for a notification sent after its deadline. */
  delayReason?: string | null;
};

/** The DPO's override of an obligation's applicability, with its mandatory reason (stored as JSON). */
export type { ObligationOverride };

/** Where and when a public communication (GDPR Art. 34(3)(c)) was published. */
export type PublicCommunication = { publishedAt: Date; publishedIn: string };

export type IncidentFacts = {
  /** A personal-data breach (GDPR Art. 4(12)); `null` = unknown, applies provisionally. */
  personalData: boolean | null;
  /** In the provision of a public electronic communications service; `null` = unknown. */
  telecomService: boolean | null;
  /** A significant incident under NIS2 Art. 23(3). */
  nis2Significant: boolean;
  riskLevel: RiskLevel | null;
  /** The Art. 34(3) exception recorded by the DPO, if any. */
  art34Exception?: Art34Exception | null;
  /** Reg. 611/2013 Art. 4: data made unintelligible (standard encryption, keyed hash, key safe). */
  dataUnintelligible?: boolean;
  /** What was shown to the authority; without it the Art. 3 waiver does not apply. */
  unintelligibleEvidence?: string | null;
  /**
   * GDPR Art. 34(3)(c): the public communication that replaces the individual notice, with its
   * evidence (where it was published); it meets the `gdpr-34-public` obligation when published.
   */
  publicCommunication?: PublicCommunication | null;
  /** Kept for the notification content (611/2013 Annex I); starts no clock. */
  occurredAt?: Date | null;
  detectedAt: Date;
  /** GDPR awareness (EDPB Guidelines 9/2022); the clock runs from detection until recorded. */
  awareAt?: Date | null;
  /** NIS2 Art. 23(4): awareness of the significant incident; the NIS2 clocks run from detection until recorded. */
  nis2AwareAt?: Date | null;
  notifications: readonly NotificationRecord[];
  /** The DPO's decisions that an obligation applies or not, whatever the rules say. */
  overrides?: readonly ObligationOverride[];
};

export type ComputeObligationsOptions = {
  /** `organisation.nis2_enabled`: NIS2 transposition may be pending, so it is switchable. */
  nis2Enabled: boolean;
  /** `organisation.time_zone`; default Europe/Paris. Used for month periods and display. */
  timeZone?: string;
  /** Internal targets for "without undue delay" obligations, overriding the rule's default. */
  internalTargetHours?: Partial<Record<ObligationId, number>>;
  /** Rule table; default `OBLIGATION_RULES`. Tests and future law changes pass their own rows. */
  rules?: readonly ObligationRule[];
};

export type ObligationStatus = "pending" | "overdue" | "met" | "late" | "not-applicable";

/** `internal_target`: no deadline in law, elapsed time is shown against the organisation's target. */
export type DueKind = "legal_deadline" | "internal_target" | "none";

/** Why an obligation does not apply; i18n key `incidents.clocks.<reason>`. */
export const NOT_APPLICABLE_REASONS = [
  "no_rule_in_force",
  "no_personal_data",
  "risk_unlikely",
  "risk_not_high",
  "dpo_override",
  "art34_exception_recorded",
  "not_public_telecom_service",
  "initial_notification_not_sent",
  "initial_notification_complete",
  "subscribers_not_adversely_affected",
  "data_unintelligible",
  "nis2_disabled",
  "nis2_not_significant",
  "public_communication_instead",
  "no_disproportionate_effort",
] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];

/**
 * Notices shown with a clock; i18n key `incidents.clocks.<notice>`.
 * - `start_from_detection`: awareness not recorded, the clock runs from detection (conservative).
 * - `risk_not_assessed`: the obligation is assumed to apply until the risk is assessed.
 * - `risk_not_assessed_yet`: Art. 34 / 611/2013 Art. 3 — risk to assess; provisionally applicable.
 * - `awaiting_start_event`: the start event has not happened yet (NIS2 notification not sent).
 * - `internal_target`: "without undue delay" — the due instant is an internal target, not law.
 * - `delay_reason_required`: recorded after its deadline without a reason for the delay.
 * - `start_from_notification_due`: NIS2 final report counted from the notification's due time
 *   while the notification has not been sent.
 * - `dpo_override`: the DPO decided the obligation applies whatever the rules say.
 * - `progress_report_if_ongoing`: NIS2 Art. 23(4): progress report now, final after handling.
 * - `personal_data_to_confirm` / `telecom_service_to_confirm`: scope unknown, applies until confirmed.
 * - `unintelligible_evidence_missing`: "unintelligible" is claimed without evidence: no waiver.
 */
export const CLOCK_NOTICES = [
  "start_from_detection",
  "risk_not_assessed",
  "risk_not_assessed_yet",
  "awaiting_start_event",
  "internal_target",
  "delay_reason_required",
  "start_from_notification_due",
  "dpo_override",
  "progress_report_if_ongoing",
  "personal_data_to_confirm",
  "telecom_service_to_confirm",
  "unintelligible_evidence_missing",
] as const;
export type ClockNotice = (typeof CLOCK_NOTICES)[number];

export type ClockMessageKey = `incidents.clocks.${ClockNotice | NotApplicableReason}`;

/** A non-binding reading of the due instant, for information only. */
export type AlternativeDue = {
  key: "reg_1182_71_days";
  legalReference: string;
  dueAt: Date;
  dueAtLocal: string;
};

export type ObligationClock = {
  id: ObligationId;
  /** The rule version applied (selected at the start instant, else at detection). */
  rule: ObligationRule | null;
  applies: boolean;
  notApplicableReason: NotApplicableReason | null;
  /** Applies only until an assessment still to be made (risk level) says otherwise. */
  isProvisional: boolean;
  startEvent: StartEvent;
  startAt: Date | null;
  /** Awareness is not recorded yet, so the clock starts at detection. */
  isStartFromDetection: boolean;
  dueAt: Date | null;
  /** `dueAt` in the organisation's zone, ISO 8601 with offset. */
  dueAtLocal: string | null;
  dueKind: DueKind;
  alternativeDue: AlternativeDue[];
  status: ObligationStatus;
  /** `dueAt − now` while pending or overdue (negative when overdue), otherwise `null`. */
  msLeft: number | null;
  /** `sentAt − dueAt` when late, otherwise `null`. */
  lateByMs: number | null;
  /** From the start to the notification, or to `now` while open. */
  elapsedMs: number | null;
  /** The first notification recorded at or before `now`: it decides met or late. */
  notification: NotificationRecord | null;
  delayReasonRequired: boolean;
  /** i18n keys: the non-applicability reason first, then the notices. */
  messageKeys: ClockMessageKey[];
};
