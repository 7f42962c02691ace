import type { LocalizedText } from "./localized-text";
import type { RetentionCeilingKey } from "./retention-ceilings";

export {
  RETENTION_CEILINGS,
  RETENTION_CEILING_KEYS,
  findRetentionCeiling,
  type RetentionCeiling,
  type RetentionCeilingKey,
} from "./retention-ceilings";

/** Keys of the data-category catalogue, in display order (GDPR Art. 30(1)(c)). */
export const DATA_CATEGORY_KEYS = [
  "civil_identity",
  "contract_subscription",
  "contact_details",
  "billing_payment",
  "billing_traffic",
  "debt_collection",
  "traffic_cdr",
  "traffic_ipdr",
  "ip_allocation",
  "location_cell",
  "location_gps",
  "device_sim_identifiers",
  "communications_content",
  "browsing_dpi",
  "call_recordings",
  "directory_data",
  "customer_support",
  "commercial_profile",
  "online_identifiers",
  "authentication",
  "hr_data",
  "video_images",
  "special_health",
  "special_biometric",
  "special_other",
  "criminal_offences",
] as const;
export type DataCategoryKey = (typeof DATA_CATEGORY_KEYS)[number];

/** Groups used to lay out the catalogue in forms. */
export type DataCategoryGroup =
  "identity_contract" | "billing" | "network" | "communications" | "customer" | "workforce" | "sensitive";

/** A category of personal data with the flags that drive the legal checks. */
export interface DataCategoryDefinition {
  readonly key: DataCategoryKey;
  readonly group: DataCategoryGroup;
  readonly label: LocalizedText;
  readonly examples: LocalizedText;
  /** Special category, GDPR Art. 9(1): needs an Art. 9(2) condition. */
  readonly isSpecial: boolean;
  /** Criminal convictions and offences, GDPR Art. 10. */
  readonly isCriminal: boolean;
  /** Traffic data, ePrivacy Directive 2002/58/EC Art. 6 (CPCE art. L34-1). */
  readonly isEPrivacyTraffic: boolean;
  /** Location data other than traffic data, ePrivacy Directive Art. 9. */
  readonly isEPrivacyLocation: boolean;
  /** Content of communications, confidential under ePrivacy Directive Art. 5. */
  readonly isCommunicationsContent: boolean;
  /** Financial data (IBAN, card): "highly personal" in WP248 criterion 4. */
  readonly isFinancial: boolean;
  /** The legal or recommended ceiling on its retention, if any (see RETENTION_CEILINGS). */
  readonly retentionCeiling: RetentionCeilingKey | null;
}

type Flag = "special" | "criminal" | "traffic" | "location" | "content" | "financial";

function category(
  key: DataCategoryKey,
  group: DataCategoryGroup,
  label: LocalizedText,
  examples: LocalizedText,
  retentionCeiling: RetentionCeilingKey | null,
  flags: readonly Flag[] = [],
): DataCategoryDefinition {
  return {
    key,
    group,
    label,
    examples,
    isSpecial: flags.includes("special"),
    isCriminal: flags.includes("criminal"),
    isEPrivacyTraffic: flags.includes("traffic"),
    isEPrivacyLocation: flags.includes("location"),
    isCommunicationsContent: flags.includes("content"),
    isFinancial: flags.includes("financial"),
    retentionCeiling,
  };
}

/**
 * The catalogue of data categories an operator's register offers (GDPR Art. 30(1)(c)): the telecom
 * categories with their ePrivacy flags and CPCE retention ceilings, the special (Art. 9) and
 * criminal (Art. 10) categories, and the usual categories of any organisation.
 */
export const DATA_CATEGORIES: readonly DataCategoryDefinition[] = [
  category(
    "civil_identity",
    "identity_contract",
    { fr: "Identité civile", en: "Civil identity" },
    {
      fr: "Nom, prénoms, date et lieu de naissance, adresse postale, pièce d'identité",
      en: "Name, date and place of birth, postal address, ID document",
    },
    "cpce_civil_identity",
  ),
  category(
    "contract_subscription",
    "identity_contract",
    { fr: "Contrat et abonnement", en: "Contract and subscription" },
    {
      fr: "Offre souscrite, options, dates du contrat, identifiant client",
      en: "Plan, options, contract dates, customer number",
    },
    "cpce_subscription_payment",
  ),
  category(
    "contact_details",
    "identity_contract",
    { fr: "Coordonnées", en: "Contact details" },
    { fr: "Adresse électronique, téléphone de contact", en: "E-mail address, contact phone number" },
    null,
  ),
  category(
    "billing_payment",
    "billing",
    { fr: "Facturation et paiement", en: "Billing and payment" },
    { fr: "Factures, moyen de paiement, IBAN, mandat SEPA", en: "Invoices, payment method, IBAN, SEPA mandate" },
    "cpce_subscription_payment",
    ["financial"],
  ),
  category(
    "billing_traffic",
    "billing",
    { fr: "Données de trafic de facturation", en: "Billing traffic data" },
    { fr: "Détail des communications facturées (facture détaillée)", en: "Itemised billed communications" },
    "cpce_billing_traffic",
    ["traffic"],
  ),
  category(
    "debt_collection",
    "billing",
    { fr: "Impayés et recouvrement", en: "Unpaid bills and debt collection" },
    {
      fr: "Incidents de paiement, relances, dossiers de recouvrement",
      en: "Payment incidents, reminders, collection files",
    },
    null,
  ),
  category(
    "traffic_cdr",
    "network",
    { fr: "Données de trafic voix et SMS (CDR)", en: "Voice and SMS traffic data (CDR)" },
    { fr: "Numéros appelant et appelé, date, heure, durée", en: "Calling and called numbers, date, time, duration" },
    "cpce_traffic_location",
    ["traffic"],
  ),
  category(
    "traffic_ipdr",
    "network",
    { fr: "Données de trafic internet (IPDR)", en: "Internet traffic data (IPDR)" },
    { fr: "Sessions de données, volumes, horodatages", en: "Data sessions, volumes, timestamps" },
    "cpce_traffic_location",
    ["traffic"],
  ),
  category(
    "ip_allocation",
    "network",
    { fr: "Attribution d'adresses IP", en: "IP address allocation" },
    { fr: "Adresse IP attribuée, ports (CGNAT), horodatage", en: "Allocated IP address, ports (CGNAT), timestamps" },
    "cpce_connection_source",
    ["traffic"],
  ),
  category(
    "location_cell",
    "network",
    { fr: "Localisation par cellule", en: "Cell location" },
    { fr: "Identifiant de cellule, zone de localisation", en: "Cell ID, location area" },
    "cpce_traffic_location",
    ["location"],
  ),
  category(
    "location_gps",
    "network",
    { fr: "Géolocalisation précise", en: "Precise geolocation" },
    { fr: "Coordonnées GPS, localisation du terminal", en: "GPS coordinates, handset location" },
    "cpce_traffic_location",
    ["location"],
  ),
  category(
    "device_sim_identifiers",
    "network",
    { fr: "Identifiants de terminal et de carte SIM", en: "Device and SIM identifiers" },
    { fr: "IMSI, IMEI, MSISDN, ICCID", en: "IMSI, IMEI, MSISDN, ICCID" },
    "cpce_connection_source",
    ["traffic"],
  ),
  category(
    "communications_content",
    "communications",
    { fr: "Contenu des communications", en: "Content of communications" },
    { fr: "Messages, SMS, courriels, messagerie vocale", en: "Messages, SMS, e-mails, voicemail" },
    null,
    ["content"],
  ),
  category(
    "browsing_dpi",
    "communications",
    { fr: "Navigation et inspection de paquets (DPI)", en: "Browsing and deep packet inspection (DPI)" },
    { fr: "URL, domaines consultés, applications détectées", en: "URLs, domains visited, detected applications" },
    null,
    ["traffic", "content"],
  ),
  category(
    "call_recordings",
    "communications",
    { fr: "Enregistrements d'appels", en: "Call recordings" },
    { fr: "Enregistrements des appels au service client", en: "Recordings of customer-service calls" },
    "cnil_call_recordings",
    ["content"],
  ),
  category(
    "directory_data",
    "customer",
    { fr: "Données d'annuaire", en: "Directory data" },
    {
      fr: "Inscription à l'annuaire universel, mentions publiées",
      en: "Universal directory listing, published details",
    },
    null,
  ),
  category(
    "customer_support",
    "customer",
    { fr: "Relation client", en: "Customer relationship" },
    {
      fr: "Tickets, échanges avec le service client, réclamations",
      en: "Tickets, customer-service exchanges, complaints",
    },
    null,
  ),
  category(
    "commercial_profile",
    "customer",
    { fr: "Profil commercial", en: "Marketing profile" },
    { fr: "Segments, préférences, scores d'appétence", en: "Segments, preferences, propensity scores" },
    null,
  ),
  category(
    "online_identifiers",
    "customer",
    { fr: "Cookies et identifiants en ligne", en: "Cookies and online identifiers" },
    {
      fr: "Cookies, identifiants publicitaires, identifiants d'application",
      en: "Cookies, advertising IDs, app identifiers",
    },
    "cnil_trackers",
  ),
  category(
    "authentication",
    "customer",
    { fr: "Authentification et journaux d'accès", en: "Authentication and access logs" },
    {
      fr: "Identifiants de connexion, mots de passe hachés, journaux",
      en: "Login identifiers, hashed passwords, logs",
    },
    null,
  ),
  category(
    "hr_data",
    "workforce",
    { fr: "Ressources humaines", en: "Human resources" },
    { fr: "Carrière, rémunération, évaluations, formation", en: "Career, pay, appraisals, training" },
    null,
  ),
  category(
    "video_images",
    "workforce",
    { fr: "Images de vidéoprotection", en: "Video surveillance images" },
    { fr: "Images des boutiques, sites techniques et locaux", en: "Images of shops, technical sites and offices" },
    "csi_video_protection",
  ),
  category(
    "special_health",
    "sensitive",
    { fr: "Données de santé (art. 9)", en: "Health data (Art. 9)" },
    { fr: "Handicap (offres adaptées), arrêts de travail", en: "Disability (adapted offers), sick leave" },
    null,
    ["special"],
  ),
  category(
    "special_biometric",
    "sensitive",
    { fr: "Données biométriques (art. 9)", en: "Biometric data (Art. 9)" },
    { fr: "Empreintes, gabarits de reconnaissance faciale ou vocale", en: "Fingerprints, face or voice templates" },
    null,
    ["special"],
  ),
  category(
    "special_other",
    "sensitive",
    { fr: "Autres catégories particulières (art. 9)", en: "Other special categories (Art. 9)" },
    {
      fr: "Origine, opinions, religion, syndicat, génétique, vie ou orientation sexuelle",
      en: "Origin, opinions, religion, trade union, genetics, sex life or orientation",
    },
    null,
    ["special"],
  ),
  category(
    "criminal_offences",
    "sensitive",
    { fr: "Infractions et condamnations (art. 10)", en: "Criminal convictions and offences (Art. 10)" },
    {
      fr: "Fraudes constatées, plaintes, réquisitions judiciaires",
      en: "Established fraud, complaints, judicial requisitions",
    },
    null,
    ["criminal"],
  ),
];

const BY_KEY = new Map(DATA_CATEGORIES.map((definition) => [definition.key, definition]));

/** The catalogue definition of a data category (GDPR Art. 30(1)(c)). */
export function getDataCategory(key: DataCategoryKey): DataCategoryDefinition {
  const definition = BY_KEY.get(key);
  if (!definition) throw new Error(`Unknown data category: ${key}`);
  return definition;
}

/**
 * Whether a category is "sensitive or highly personal" in the sense of WP248 criterion 4:
 * Art. 9 and Art. 10 data, electronic-communications data (traffic, content), location data and
 * financial data (the criterion's own description, WP248 rev.01).
 */
export function isHighlyPersonal(key: DataCategoryKey): boolean {
  const c = getDataCategory(key);
  return (
    c.isSpecial ||
    c.isCriminal ||
    c.isEPrivacyTraffic ||
    c.isEPrivacyLocation ||
    c.isCommunicationsContent ||
    c.isFinancial
  );
}
