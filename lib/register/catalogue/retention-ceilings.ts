import type { RetentionDuration } from "./duration";
import type { LocalizedText } from "./localized-text";

/** Keys of the retention ceilings the register knows (see RETENTION_CEILINGS). */
export const RETENTION_CEILING_KEYS = [
  "cpce_civil_identity",
  "cpce_subscription_payment",
  "cpce_connection_source",
  "cpce_traffic_location",
  "cpce_billing_traffic",
  "cpce_network_security",
  "cpce_erase_after_communication",
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
  /** Applies only while a national-security injunction decree is in force (CPCE art. L34-1 III). */
  readonly requiresDecree?: boolean;
}

/** A Prime Minister's decree ordering the retention of traffic and location data for one year. */
export interface RetentionDecree {
  readonly reference: string;
  /** First and last day in force (ISO dates). */
  readonly effectiveFrom: string;
  readonly effectiveUntil: string;
  /**
   * Whether the reference and the dates were checked against the Journal officiel (its number, its
   * date and its day of entry into force). An unverified row is the yearly renewal the DPO expects
   * but has not confirmed: the UI says so, and the DPO completes it from Légifrance.
   */
  readonly verified: boolean;
  /** Where it was checked (Légifrance), when verified. */
  readonly source?: string;
}

/**
 * The injunction decrees of CPCE art. L34-1 III, each valid one year. Data to keep up to date:
 * the DPO adds each yearly renewal as published in the Journal officiel; when none is in force,
 * traffic and location data kept for national security must be erased or anonymised.
 */
export const NATIONAL_SECURITY_DECREES: readonly RetentionDecree[] = [
  {
    reference: "Décret n° 2021-1363 du 20 octobre 2021",
    effectiveFrom: "2021-10-21",
    effectiveUntil: "2022-10-20",
    verified: true,
    source: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044228976",
  },
  {
    reference: "Décret n° 2022-1327 du 17 octobre 2022",
    effectiveFrom: "2022-10-21",
    effectiveUntil: "2023-10-20",
    verified: true,
    source: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046437495",
  },
  {
    // JO du 11 octobre 2023, in force on 21 October 2023 (its art. 2).
    reference: "Décret n° 2023-933 du 10 octobre 2023",
    effectiveFrom: "2023-10-21",
    effectiveUntil: "2024-10-20",
    verified: true,
    source: "https://www.legifrance.gouv.fr/eli/decret/2023/10/10/2023-933/jo/texte",
  },
  // Renewals reported in the press (published in October 2024; signed 15 October 2025) whose number
  // and day of entry into force are not confirmed here: to check on Légifrance.
  {
    reference: "Renouvellement d'octobre 2024",
    effectiveFrom: "2024-10-21",
    effectiveUntil: "2025-10-20",
    verified: false,
  },
  {
    reference: "Renouvellement d'octobre 2025",
    effectiveFrom: "2025-10-21",
    effectiveUntil: "2026-10-20",
    verified: false,
  },
];

/** What the register can say about the injunction decree on a day. */
export type DecreeStatus =
  | { readonly kind: "in_force"; readonly decree: RetentionDecree }
  | { readonly kind: "none"; readonly lastKnown: RetentionDecree | null };

/**
 * The decree in force on `on` (ISO date), or none with the last one known to have lapsed before
 * it: with none in force, the register warns that traffic and location data kept for national
 * security must be erased or anonymised (CPCE art. L34-1 II and III), unless a new decree is
 * recorded. An unverified decree counts as in force, and the UI says it is unverified.
 */
export function decreeStatus(
  on: string,
  decrees: readonly RetentionDecree[] = NATIONAL_SECURITY_DECREES,
): DecreeStatus {
  const decree = findDecreeInForce(on, decrees);
  if (decree) return { kind: "in_force", decree };
  const lapsed = decrees
    .filter((d) => d.effectiveUntil < on)
    .sort((a, b) => b.effectiveUntil.localeCompare(a.effectiveUntil));
  return { kind: "none", lastKnown: lapsed[0] ?? null };
}

/** The injunction decree in force on a date (ISO), if any. */
export function findDecreeInForce(
  on: string,
  decrees: readonly RetentionDecree[] = NATIONAL_SECURITY_DECREES,
): RetentionDecree | undefined {
  return decrees.find((decree) => decree.effectiveFrom <= on && on <= decree.effectiveUntil);
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
      "CPCE art. L34-1 III et R. 10-13 ; décret d'injonction renouvelé chaque année (premier : décret n° 2021-1363 du 20 octobre 2021)",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    requiresDecree: true,
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
    key: "cpce_network_security",
    kind: "law",
    duration: { value: 3, unit: "months" },
    trigger: { fr: "à compter de l'enregistrement", en: "from the recording" },
    legalReference: "CPCE art. L34-1 II bis et R. 10-14",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: {
      fr: "Pour la sécurité des réseaux et des installations.",
      en: "For the security of networks and installations.",
    },
  },
  {
    key: "cpce_erase_after_communication",
    kind: "law",
    duration: { value: 0, unit: "months" },
    trigger: { fr: "à la fin de la communication", en: "at the end of the communication" },
    legalReference: "CPCE art. L34-1 II ; directive 2002/58/CE art. 6 et 9",
    effectiveFrom: CPCE_REFORM_2021,
    effectiveUntil: null,
    condition: {
      fr: "Effacement ou anonymisation, sauf consentement de l'abonné pour la durée nécessaire au service à valeur ajoutée ou à la prospection.",
      en: "Erase or anonymise, except with the subscriber's consent for the time the value-added service or marketing needs.",
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
