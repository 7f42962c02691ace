import type { LocalizedText } from "./localized-text";

/**
 * What a purpose is for, in the families the telecom rules distinguish (CPCE art. L34-1, R. 10-13,
 * R. 10-14; ePrivacy Directive Art. 6 and 9). The family, not the data category alone, decides
 * how long traffic and location data may be kept and on which basis they may be used.
 */
export const PURPOSE_FAMILIES = [
  "service",
  "billing",
  "network_security",
  "national_security",
  "marketing",
  "value_added",
  "anonymised_statistics",
  "other",
] as const;
export type PurposeFamily = (typeof PURPOSE_FAMILIES)[number];

export const PURPOSE_FAMILY_LABELS: Readonly<Record<PurposeFamily, LocalizedText>> = {
  service: { fr: "Fourniture du service", en: "Provision of the service" },
  billing: { fr: "Facturation et contestations", en: "Billing and disputes" },
  network_security: { fr: "Sécurité des réseaux", en: "Network security" },
  national_security: {
    fr: "Conservation pour la sécurité nationale (décret)",
    en: "Retention for national security (decree)",
  },
  marketing: { fr: "Prospection commerciale", en: "Marketing" },
  value_added: { fr: "Service à valeur ajoutée", en: "Value-added service" },
  anonymised_statistics: { fr: "Statistiques anonymisées", en: "Anonymised statistics" },
  other: { fr: "Autre", en: "Other" },
};

/** Families that use traffic or location data only with the subscriber's consent (ePrivacy Art. 6(3), 9). */
export const CONSENT_ONLY_FAMILIES: readonly PurposeFamily[] = ["marketing", "value_added"];
