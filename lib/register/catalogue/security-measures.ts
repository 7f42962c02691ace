import type { LocalizedText } from "./localized-text";

/**
 * The security-measure checklist of the register: a general description of the technical and
 * organisational measures of GDPR Art. 32(1), required "where possible" by Art. 30(1)(g) and
 * 30(2)(d) and always expected from an operator (CPCE art. L34-1 also requires operators to
 * protect traffic data).
 */
export const SECURITY_MEASURE_KEYS = [
  "pseudonymisation",
  "encryption_at_rest",
  "encryption_in_transit",
  "access_control",
  "strong_authentication",
  "password_hashing",
  "logging_monitoring",
  "network_segmentation",
  "vulnerability_management",
  "backup_restore",
  "security_testing",
  "physical_security",
  "staff_training_confidentiality",
  "incident_response",
] as const;
export type SecurityMeasureKey = (typeof SECURITY_MEASURE_KEYS)[number];

/** One checklist item, with the Art. 32 provision it serves. */
export interface SecurityMeasureDefinition {
  readonly article: string;
  readonly label: LocalizedText;
}

/** Labels of the checklist, each tied to the paragraph of Art. 32 it implements. */
export const SECURITY_MEASURES: Readonly<Record<SecurityMeasureKey, SecurityMeasureDefinition>> = {
  pseudonymisation: {
    article: "GDPR Art. 32(1)(a)",
    label: { fr: "Pseudonymisation", en: "Pseudonymisation" },
  },
  encryption_at_rest: {
    article: "GDPR Art. 32(1)(a)",
    label: { fr: "Chiffrement des données stockées", en: "Encryption at rest" },
  },
  encryption_in_transit: {
    article: "GDPR Art. 32(1)(a)",
    label: { fr: "Chiffrement des flux", en: "Encryption in transit" },
  },
  access_control: {
    article: "GDPR Art. 32(1)(b)",
    label: {
      fr: "Gestion des habilitations (moindre privilège)",
      en: "Access control (least privilege)",
    },
  },
  strong_authentication: {
    article: "GDPR Art. 32(1)(b)",
    label: {
      fr: "Authentification forte (multifacteur, accès distants)",
      en: "Strong authentication (multi-factor, remote access)",
    },
  },
  password_hashing: {
    article: "GDPR Art. 32(1)(b)",
    label: {
      fr: "Mots de passe stockés hachés et salés",
      en: "Passwords stored salted and hashed",
    },
  },
  logging_monitoring: {
    article: "GDPR Art. 32(1)(b)",
    label: { fr: "Journalisation et supervision", en: "Logging and monitoring" },
  },
  network_segmentation: {
    article: "GDPR Art. 32(1)(b)",
    label: { fr: "Cloisonnement des réseaux", en: "Network segmentation" },
  },
  vulnerability_management: {
    article: "GDPR Art. 32(1)(b)",
    label: {
      fr: "Gestion des vulnérabilités et des correctifs",
      en: "Vulnerability and patch management",
    },
  },
  backup_restore: {
    article: "GDPR Art. 32(1)(c)",
    label: {
      fr: "Sauvegardes et rétablissement de la disponibilité",
      en: "Backups and timely restoration",
    },
  },
  security_testing: {
    article: "GDPR Art. 32(1)(d)",
    label: {
      fr: "Tests et audits réguliers (tests d'intrusion)",
      en: "Regular testing and audits (penetration tests)",
    },
  },
  physical_security: {
    article: "GDPR Art. 32(1)(b)",
    label: { fr: "Sécurité physique des locaux", en: "Physical security" },
  },
  staff_training_confidentiality: {
    article: "GDPR Art. 32(4)",
    label: {
      fr: "Sensibilisation et engagement de confidentialité du personnel",
      en: "Staff awareness and confidentiality undertakings",
    },
  },
  incident_response: {
    article: "GDPR Art. 32(1)(c), Art. 33",
    label: {
      fr: "Procédure de gestion des violations de données",
      en: "Data breach response procedure",
    },
  },
};
