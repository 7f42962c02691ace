import type { RetentionDuration } from "./duration";
import type { LocalizedText } from "./localized-text";

/** Keys of the retention ceilings the register knows (see RETENTION_CEILINGS). */
export const RETENTION_CEILING_KEYS = [
  "cpce_civil_identity",
  "cpce_subscription_payment",
  "cpce_connection_source",
  "cpce_traffic_location",
  "cpce_billing_traffic",
  "csi_video_protection",
  "cnil_call_recordings",
  "cnil_trackers",
] as const;
export type RetentionCeilingKey = (typeof RETENTION_CEILING_KEYS)[number];

/**
 * A maximum retention period, recorded as data with its source and effective dates (rules that
 * change with the law are data, not constants). `kind: "law"` is a legal ceiling; `kind:
 * "recommendation"` is the CNIL's published doctrine. A longer period is not forbidden for every
 * purpose (invoices are kept 10 years for accounting, Code de commerce art. L123-22) but must be
 * justified in the entry.
 */
export interface RetentionCeiling {
  readonly key: RetentionCeilingKey;
  readonly kind: "law" | "recommendation";
  readonly duration: RetentionDuration;
  /** When the period starts ("after contract end", "from the connection"). */
  readonly trigger: LocalizedText;
  readonly legalReference: string;
  /** First day this version applies (ISO date), or null when not recorded. */
  readonly effectiveFrom: string | null;
  /** Last day this version applies (ISO date), or null while in force. */
  readonly effectiveUntil: string | null;
  /** A condition of the rule itself, e.g. "only while a decree orders it". */
  readonly condition: LocalizedText | null;
}

const AFTER_CONTRACT_END: LocalizedText = {
  fr: "après la fin de validité du contrat",
  en: "after the end of the contract",
};
/** Loi n° 2021-998 du 30 juillet 2021, art. 17, in force on 31 July 2021. */
const CPCE_REFORM_2021 = "2021-07-31";

/**
 * French retention ceilings for an electronic-communications operator (CPCE art. L34-1 after
 * the 2021 reform, L34-2), plus the video-protection limit (CSI art. L252-5) and two CNIL
 * recommendations. Not legal advice: the DPO reviews them yearly.
 */
export const RETENTION_CEILINGS: readonly RetentionCeiling[] = [
  {
    key: "cpce_civil_identity",
    kind: "law",
    duration: { value: 5, unit: "years" },
    trigger: AFTER_CONTRACT_END,
    legalReference: "CPCE art. L34-1 II bis 1°",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: null,
  },
  {
    key: "cpce_subscription_payment",
    kind: "law",
    duration: { value: 1, unit: "years" },
    trigger: {
      fr: "après la fin du contrat ou la clôture du compte",
      en: "after the end of the contract or the closing of the account",
    },
    legalReference: "CPCE art. L34-1 II bis 2°",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: null,
  },
  {
    key: "cpce_connection_source",
    kind: "law",
    duration: { value: 1, unit: "years" },
    trigger: {
      fr: "à compter de la connexion ou de l'utilisation de l'équipement",
      en: "from the connection or the use of the terminal equipment",
    },
    legalReference: "CPCE art. L34-1 II bis 3°",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: null,
  },
  {
    key: "cpce_traffic_location",
    kind: "law",
    duration: { value: 1, unit: "years" },
    trigger: { fr: "à compter de l'enregistrement", en: "from the recording" },
    legalReference:
      "CPCE art. L34-1 III and R. 10-13; injunction decree renewed yearly (first: décret n° 2021-1363 du 20 octobre 2021)",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: {
      fr: "Seulement tant qu'un décret du Premier ministre enjoint la conservation (sécurité nationale) ; sinon effacement ou anonymisation (CPCE art. L34-1 II).",
      en: "Only while a Prime Minister's decree orders retention (national security); otherwise erase or anonymise (CPCE art. L34-1 II).",
    },
  },
  {
    key: "cpce_billing_traffic",
    kind: "law",
    duration: { value: 1, unit: "years" },
    trigger: { fr: "à compter du paiement", en: "from the payment" },
    legalReference: "CPCE art. L34-1, R. 10-14 and L34-2 (one-year limitation period)",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: {
      fr: "Jusqu'à ce que la facture ne puisse plus être contestée ni son paiement poursuivi.",
      en: "Until the bill can no longer be challenged nor its payment pursued.",
    },
  },
  {
    key: "csi_video_protection",
    kind: "law",
    duration: { value: 1, unit: "months" },
    trigger: { fr: "à compter de l'enregistrement", en: "from the recording" },
    legalReference: "Code de la sécurité intérieure art. L252-5",
    effectiveFrom: null,
    effectiveUntil: null,
    condition: {
      fr: "Sauf enquête ou procédure en cours.",
      en: "Unless an investigation or proceedings are under way.",
    },
  },
  {
    key: "cnil_call_recordings",
    kind: "recommendation",
    duration: { value: 6, unit: "months" },
    trigger: { fr: "à compter de l'enregistrement", en: "from the recording" },
    legalReference: "CNIL recommendation on recording telephone calls at work",
    effectiveFrom: null,
    effectiveUntil: null,
    condition: null,
  },
  {
    key: "cnil_trackers",
    kind: "recommendation",
    duration: { value: 13, unit: "months" },
    trigger: { fr: "à compter du dépôt du traceur", en: "from the setting of the tracker" },
    legalReference: "CNIL délibérations n° 2020-091 and 2020-092 (cookies and other trackers)",
    effectiveFrom: null,
    effectiveUntil: null,
    condition: null,
  },
];

/**
 * The version of a ceiling in force on a date (ISO `YYYY-MM-DD`); without a date, the version
 * currently recorded as in force (no `effectiveUntil`). Undefined when none applies.
 */
export function findRetentionCeiling(key: RetentionCeilingKey, on?: string): RetentionCeiling | undefined {
  return RETENTION_CEILINGS.find(
    (ceiling) =>
      ceiling.key === key &&
      (on === undefined
        ? ceiling.effectiveUntil === null
        : (ceiling.effectiveFrom === null || ceiling.effectiveFrom <= on) &&
          (ceiling.effectiveUntil === null || on <= ceiling.effectiveUntil)),
  );
}
