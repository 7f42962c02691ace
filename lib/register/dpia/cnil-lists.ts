import type { LocalizedText } from "../catalogue/localized-text";

/** A type of processing on one of the CNIL's DPIA lists (GDPR Art. 35(4) and 35(5)). */
export interface CnilProcessingType<K extends string> {
  readonly key: K;
  /** Its number in the deliberation, or null when the register does not record it. */
  readonly number: number | null;
  readonly label: LocalizedText;
}

/** A CNIL list as data: its source and adoption date, so a new deliberation is a data change. */
export interface CnilList<K extends string> {
  readonly source: string;
  readonly adoptedOn: string;
  /** Whether `items` reproduces the whole list (false: a selection). */
  readonly isComplete: boolean;
  readonly items: readonly CnilProcessingType<K>[];
}

/** Keys of the 14 types for which the CNIL makes a DPIA mandatory (délibération 2018-327). */
export const CNIL_DPIA_REQUIRED_KEYS = [
  "health_care_establishments",
  "genetic_data_vulnerable",
  "hr_profiling",
  "employee_constant_monitoring",
  "social_health_alerts",
  "professional_alerts",
  "health_data_warehouse",
  "profiling_contract_exclusion",
  "pooled_contract_breaches",
  "profiling_external_data",
  "biometric_vulnerable",
  "social_housing",
  "social_support",
  "large_scale_location",
] as const;
export type CnilDpiaRequiredKey = (typeof CNIL_DPIA_REQUIRED_KEYS)[number];

/**
 * The list of processing types for which a DPIA is mandatory in France (GDPR Art. 35(4); CNIL
 * délibération n° 2018-327 du 11 octobre 2018). Any match makes the DPIA required.
 */
export const CNIL_DPIA_REQUIRED_LIST: CnilList<CnilDpiaRequiredKey> = {
  source: "CNIL, délibération n° 2018-327 du 11 octobre 2018",
  adoptedOn: "2018-10-11",
  isComplete: true,
  items: [
    {
      key: "health_care_establishments",
      number: 1,
      label: {
        fr: "Données de santé traitées par les établissements de santé ou médico-sociaux pour la prise en charge des personnes",
        en: "Health data processed by health or medico-social establishments for patient care",
      },
    },
    {
      key: "genetic_data_vulnerable",
      number: 2,
      label: {
        fr: "Données génétiques de personnes vulnérables (patients, salariés, enfants…)",
        en: "Genetic data of vulnerable people (patients, employees, children…)",
      },
    },
    {
      key: "hr_profiling",
      number: 3,
      label: {
        fr: "Profilage de personnes physiques à des fins de gestion des ressources humaines",
        en: "Profiling of individuals for human-resources management",
      },
    },
    {
      key: "employee_constant_monitoring",
      number: 4,
      label: {
        fr: "Surveillance constante de l'activité des employés",
        en: "Constant monitoring of employees' activity",
      },
    },
    {
      key: "social_health_alerts",
      number: 5,
      label: {
        fr: "Gestion des alertes et signalements en matière sociale et sanitaire",
        en: "Management of social and health-related alerts and reports",
      },
    },
    {
      key: "professional_alerts",
      number: 6,
      label: {
        fr: "Gestion des alertes et signalements en matière professionnelle",
        en: "Management of professional alerts and reports (whistleblowing)",
      },
    },
    {
      key: "health_data_warehouse",
      number: 7,
      label: {
        fr: "Données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre",
        en: "Health data used to build a data warehouse or a registry",
      },
    },
    {
      key: "profiling_contract_exclusion",
      number: 8,
      label: {
        fr: "Profilage pouvant aboutir à l'exclusion du bénéfice d'un contrat, à sa suspension ou à sa rupture",
        en: "Profiling that may lead to exclusion from, suspension or termination of a contract",
      },
    },
    {
      key: "pooled_contract_breaches",
      number: 9,
      label: {
        fr: "Fichiers mutualisés de manquements contractuels (ex. : impayés) pouvant conduire à une exclusion ou une suspension",
        en: "Pooled files of contractual breaches (e.g. unpaid bills) that may lead to exclusion or suspension",
      },
    },
    {
      key: "profiling_external_data",
      number: 10,
      label: {
        fr: "Profilage faisant appel à des données provenant de sources externes",
        en: "Profiling using data from external sources",
      },
    },
    {
      key: "biometric_vulnerable",
      number: 11,
      label: {
        fr: "Données biométriques aux fins de reconnaissance de personnes parmi lesquelles des personnes vulnérables",
        en: "Biometric data to recognise people, including vulnerable people",
      },
    },
    {
      key: "social_housing",
      number: 12,
      label: {
        fr: "Instruction des demandes et gestion des logements sociaux",
        en: "Processing of applications for, and management of, social housing",
      },
    },
    {
      key: "social_support",
      number: 13,
      label: {
        fr: "Accompagnement social ou médico-social des personnes",
        en: "Social or medico-social support of individuals",
      },
    },
    {
      key: "large_scale_location",
      number: 14,
      label: {
        fr: "Données de localisation à large échelle",
        en: "Large-scale processing of location data",
      },
    },
  ],
};

/** Keys of a selection of the types the CNIL exempts from a DPIA (délibération 2019-118). */
export const CNIL_DPIA_EXEMPT_KEYS = [
  "supplier_management",
  "access_control_no_biometrics",
  "hr_small_organisations",
  "works_council",
  "members_donors",
] as const;
export type CnilDpiaExemptKey = (typeof CNIL_DPIA_EXEMPT_KEYS)[number];

/**
 * A selection of the 12 types for which the CNIL considers no DPIA is needed (GDPR Art. 35(5);
 * CNIL délibération n° 2019-118 du 12 septembre 2019), each under conditions set in the
 * deliberation. A match is a reason the DPO can cite; it never outweighs the mandatory list.
 */
export const CNIL_DPIA_EXEMPT_LIST: CnilList<CnilDpiaExemptKey> = {
  source: "CNIL, délibération n° 2019-118 du 12 septembre 2019",
  adoptedOn: "2019-09-12",
  isComplete: false,
  items: [
    {
      key: "supplier_management",
      number: null,
      label: {
        fr: "Gestion des relations fournisseurs",
        en: "Supplier relationship management",
      },
    },
    {
      key: "access_control_no_biometrics",
      number: null,
      label: {
        fr: "Contrôle d'accès physique et gestion des horaires, sans dispositif biométrique",
        en: "Physical access control and working-time management, without biometrics",
      },
    },
    {
      key: "hr_small_organisations",
      number: null,
      label: {
        fr: "Gestion du personnel des organismes de moins de 250 salariés, hors profilage",
        en: "HR management in organisations under 250 staff, excluding profiling",
      },
    },
    {
      key: "works_council",
      number: null,
      label: {
        fr: "Gestion des activités du comité social et économique (CSE)",
        en: "Management of the works council's (CSE) activities",
      },
    },
    {
      key: "members_donors",
      number: null,
      label: {
        fr: "Gestion des membres et donateurs d'associations, fondations et organismes à but non lucratif",
        en: "Management of members and donors of associations, foundations and non-profits",
      },
    },
  ],
};
