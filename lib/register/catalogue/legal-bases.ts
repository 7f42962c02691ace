import type { LocalizedText } from "./localized-text";

/** The six lawful bases of GDPR Art. 6(1)(a)–(f), one per purpose of a processing activity. */
export const LEGAL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** A lawful basis or condition with the provision it comes from and its labels. */
export interface LegalProvision {
  readonly article: string;
  readonly label: LocalizedText;
}

/** Labels and provisions of the Art. 6(1) lawful bases. */
export const LEGAL_BASIS_DEFINITIONS: Readonly<Record<LegalBasis, LegalProvision>> = {
  consent: { article: "GDPR Art. 6(1)(a)", label: { fr: "Consentement", en: "Consent" } },
  contract: {
    article: "GDPR Art. 6(1)(b)",
    label: { fr: "Exécution d'un contrat", en: "Performance of a contract" },
  },
  legal_obligation: {
    article: "GDPR Art. 6(1)(c)",
    label: { fr: "Obligation légale", en: "Legal obligation" },
  },
  vital_interests: {
    article: "GDPR Art. 6(1)(d)",
    label: { fr: "Sauvegarde des intérêts vitaux", en: "Vital interests" },
  },
  public_task: {
    article: "GDPR Art. 6(1)(e)",
    label: { fr: "Mission d'intérêt public", en: "Public task" },
  },
  legitimate_interests: {
    article: "GDPR Art. 6(1)(f)",
    label: { fr: "Intérêt légitime", en: "Legitimate interests" },
  },
};

/** A lawful basis as people read it (`legal_obligation` → « Obligation légale »); an unknown value unchanged. */
export function legalBasisLabel(value: string, locale: "fr" | "en"): string {
  return (LEGAL_BASES as readonly string[]).includes(value)
    ? LEGAL_BASIS_DEFINITIONS[value as LegalBasis].label[locale]
    : value;
}

/**
 * The ten conditions of GDPR Art. 9(2)(a)–(j) that lift the ban on processing special categories
 * of data; a purpose that processes such data needs one on top of its Art. 6 basis.
 */
export const ART9_CONDITIONS = [
  "explicit_consent",
  "employment_social_security",
  "vital_interests",
  "not_for_profit_body",
  "made_public",
  "legal_claims",
  "substantial_public_interest",
  "health_social_care",
  "public_health",
  "archiving_research_statistics",
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

/** Labels and provisions of the Art. 9(2) conditions. */
export const ART9_CONDITION_DEFINITIONS: Readonly<Record<Art9Condition, LegalProvision>> = {
  explicit_consent: {
    article: "GDPR Art. 9(2)(a)",
    label: { fr: "Consentement explicite", en: "Explicit consent" },
  },
  employment_social_security: {
    article: "GDPR Art. 9(2)(b)",
    label: {
      fr: "Droit du travail et de la protection sociale",
      en: "Employment and social security law",
    },
  },
  vital_interests: {
    article: "GDPR Art. 9(2)(c)",
    label: {
      fr: "Intérêts vitaux d'une personne incapable de consentir",
      en: "Vital interests of a person unable to consent",
    },
  },
  not_for_profit_body: {
    article: "GDPR Art. 9(2)(d)",
    label: { fr: "Organisme à but non lucratif", en: "Not-for-profit body" },
  },
  made_public: {
    article: "GDPR Art. 9(2)(e)",
    label: {
      fr: "Données manifestement rendues publiques par la personne",
      en: "Data manifestly made public by the data subject",
    },
  },
  legal_claims: {
    article: "GDPR Art. 9(2)(f)",
    label: { fr: "Droits en justice", en: "Legal claims" },
  },
  substantial_public_interest: {
    article: "GDPR Art. 9(2)(g)",
    label: { fr: "Intérêt public important", en: "Substantial public interest" },
  },
  health_social_care: {
    article: "GDPR Art. 9(2)(h)",
    label: {
      fr: "Médecine préventive, du travail, soins",
      en: "Preventive or occupational medicine, care",
    },
  },
  public_health: {
    article: "GDPR Art. 9(2)(i)",
    label: { fr: "Santé publique", en: "Public health" },
  },
  archiving_research_statistics: {
    article: "GDPR Art. 9(2)(j)",
    label: {
      fr: "Archives, recherche scientifique ou historique, statistiques",
      en: "Archiving, scientific or historical research, statistics",
    },
  },
};
