import type { LocalizedText } from "../catalogue/localized-text";

/**
 * The nine criteria of the WP29 guidelines on DPIA (WP248 rev.01, endorsed by the EDPB on
 * 25 May 2018), in their order in the guidelines.
 */
export const WP248_CRITERION_KEYS = [
  "evaluation_scoring",
  "automated_decision",
  "systematic_monitoring",
  "sensitive_data",
  "large_scale",
  "matching_datasets",
  "vulnerable_subjects",
  "innovative_technology",
  "prevents_rights",
] as const;
export type Wp248CriterionKey = (typeof WP248_CRITERION_KEYS)[number];

/** A WP248 criterion with its number in the guidelines, label and short explanation. */
export interface Wp248Criterion {
  readonly key: Wp248CriterionKey;
  readonly number: number;
  readonly label: LocalizedText;
  readonly explanation: LocalizedText;
}

/**
 * WP248 criteria. Two or more met: a DPIA is generally required (GDPR Art. 35(1)); the DPO may
 * conclude otherwise with a written reason. For an operator, electronic-communications and
 * location data count as "sensitive or highly personal" (criterion 4).
 */
export const WP248_CRITERIA: readonly Wp248Criterion[] = [
  {
    key: "evaluation_scoring",
    number: 1,
    label: { fr: "Évaluation ou notation", en: "Evaluation or scoring" },
    explanation: {
      fr: "Profilage et prédiction : solvabilité, comportement, centres d'intérêt, risque de départ (churn).",
      en: "Profiling and predicting: creditworthiness, behaviour, interests, churn risk.",
    },
  },
  {
    key: "automated_decision",
    number: 2,
    label: {
      fr: "Décision automatisée avec effet juridique ou similaire",
      en: "Automated decision with legal or similar significant effect",
    },
    explanation: {
      fr: "Décision prise sans intervention humaine qui produit des effets juridiques ou affecte la personne de manière significative (art. 22).",
      en: "A decision without human involvement that produces legal effects or similarly significantly affects the person (Art. 22).",
    },
  },
  {
    key: "systematic_monitoring",
    number: 3,
    label: { fr: "Surveillance systématique", en: "Systematic monitoring" },
    explanation: {
      fr: "Observation ou contrôle des personnes, y compris par les réseaux ou dans un espace accessible au public (art. 35(3)(c)).",
      en: "Observing or monitoring people, including through networks or in a publicly accessible area (Art. 35(3)(c)).",
    },
  },
  {
    key: "sensitive_data",
    number: 4,
    label: {
      fr: "Données sensibles ou à caractère hautement personnel",
      en: "Sensitive or highly personal data",
    },
    explanation: {
      fr: "Catégories particulières (art. 9), infractions (art. 10), mais aussi données de communications électroniques, de localisation et financières.",
      en: "Special categories (Art. 9), criminal data (Art. 10), and also electronic-communications, location and financial data.",
    },
  },
  {
    key: "large_scale",
    number: 5,
    label: { fr: "Traitement à grande échelle", en: "Large-scale processing" },
    explanation: {
      fr: "Nombre de personnes, volume et variété des données, durée et étendue géographique du traitement.",
      en: "Number of people, volume and range of data, duration and geographical extent of the processing.",
    },
  },
  {
    key: "matching_datasets",
    number: 6,
    label: { fr: "Croisement de données", en: "Matching or combining datasets" },
    explanation: {
      fr: "Combinaison de jeux de données issus de traitements ou de responsables différents, au-delà des attentes raisonnables des personnes.",
      en: "Combining datasets from different processing operations or controllers, beyond what people would reasonably expect.",
    },
  },
  {
    key: "vulnerable_subjects",
    number: 7,
    label: { fr: "Personnes vulnérables", en: "Vulnerable data subjects" },
    explanation: {
      fr: "Mineurs, salariés, patients, personnes âgées ou en difficulté : déséquilibre de pouvoir avec le responsable.",
      en: "Children, employees, patients, elderly or vulnerable people: a power imbalance with the controller.",
    },
  },
  {
    key: "innovative_technology",
    number: 8,
    label: { fr: "Usage innovant ou nouvelle technologie", en: "Innovative use or new technology" },
    explanation: {
      fr: "Nouvelle solution technologique ou organisationnelle (IA, objets connectés, biométrie) aux conséquences mal connues.",
      en: "New technological or organisational solutions (AI, IoT, biometrics) whose consequences are not well known.",
    },
  },
  {
    key: "prevents_rights",
    number: 9,
    label: {
      fr: "Exclusion du bénéfice d'un droit, d'un service ou d'un contrat",
      en: "Prevents exercising a right or using a service or contract",
    },
    explanation: {
      fr: "Le traitement peut priver la personne d'un droit, d'un service ou d'un contrat (ex. : refus d'abonnement après consultation d'un fichier d'impayés).",
      en: "The processing may deny a right, a service or a contract (e.g. refusing a subscription after checking an unpaid-bills file).",
    },
  },
];
