import type { Nis2ImpactInput } from "@/lib/incidents/nis2-impact";
import { CORE_NETWORK_DDOS_IMPACT, VPN_EXFILTRATION_IMPACT } from "./incident-nis2-impacts";
import type { SeverityInput } from "@/lib/incidents/schemas";

/**
 * Fictitious incidents modelled on typical operator cases. Times are hours before
 * the seeding instant, so open incidents have clocks running when the demo starts.
 */
export interface IncidentCase {
  title: string;
  description: string;
  /** Hours before seeding. */
  detectedHoursAgo: number;
  /** Hours between detection and awareness; null = not recorded. */
  awarenessAfterHours: number | null;
  awarenessReason?: string;
  /** Hours between detection and the NIS2 awareness of the significant incident; absent = not recorded. */
  nis2AwarenessAfterHours?: number;
  nis2AwarenessReason?: string;
  status: "detected" | "investigating" | "contained" | "closed";
  categories: string[];
  cause: string;
  systems: string[];
  /** Names of the demo register's entries affected (resolved to their `TRT-` references at seeding). */
  registerEntries: string[];
  dataCategories: string[];
  peopleCount: number | null;
  /** GDPR Art. 33(3)(a); default: subscribers and customers when personal data are involved. */
  dataSubjectCategories?: string[];
  /** Cross-border aspects; default: none for closed cases, not known yet for open ones. */
  crossBorder?: string;
  /** `null`: unknown, the obligations apply provisionally until confirmed. */
  personalData: boolean | null;
  telecomService: boolean | null;
  nis2Significant: boolean;
  /** GDPR Art. 34(3)(c): the public communication, published this many hours after detection, and where. */
  publicCommunication?: { afterHours: number; publishedIn: string };
  /** NIS2 Art. 23(3): the impact on the service as assessed (it decides `nis2Significant`). */
  nis2Impact?: Nis2ImpactInput;
  /** GDPR Art. 34(3) exception recorded by the DPO. */
  art34Exception?: "unintelligible" | "risk_no_longer_likely" | "disproportionate_effort";
  dataUnintelligible?: boolean;
  unintelligibleEvidence?: string;
  riskLevel: "unlikely" | "risk" | "high" | null;
  severity: SeverityInput | null;
  consequences: string;
  remedialMeasures: string;
  /** Closed cases: the DPO's decision and its rationale. */
  decision?: { notifyAuthority: boolean; notifyRationale: string; informPeople: boolean; informRationale: string };
  /** Closed cases: one notification sent late, with its reasons. */
  lateReason?: string;
  /** Open cases: notes on the timeline. */
  notes?: string[];
  /** Open cases: the initial 611 notification sent incomplete this many hours after detection. */
  initialIncompleteAfterHours?: number;
}

export const sev = (
  dataType: SeverityInput["dataType"],
  ei: SeverityInput["easeOfIdentification"],
  c: SeverityInput["confidentiality"],
  malicious: boolean,
  adjust: -1 | 0 | 1 = 0,
  reason?: string,
): SeverityInput => ({
  dataType,
  contextAdjustment: adjust,
  contextReason: reason ?? null,
  easeOfIdentification: ei,
  confidentiality: c,
  integrity: "none",
  availability: "none",
  malicious,
});

/** The recurring kinds of case; the seed repeats them over three years with its own dates. */
export const CASE_TEMPLATES: Omit<IncidentCase, "detectedHoursAgo" | "status">[] = [
  {
    title: "Exfiltration de la base clients via un compte VPN compromis",
    description:
      "Connexion au VPN d’un sous-traitant avec des identifiants volés (pas de second facteur), puis extraction de la base contrats.",
    awarenessAfterHours: 4,
    awarenessReason: "Confirmation par l’analyse des journaux du volume exfiltré.",
    nis2AwarenessAfterHours: 1,
    nis2AwarenessReason: "Intrusion sur le concentrateur VPN confirmée et qualifiée d’incident important.",
    nis2Impact: VPN_EXFILTRATION_IMPACT,
    categories: ["confidentiality"],
    cause: "external_malicious",
    systems: ["VPN sous-traitants", "CRM abonnés"],
    registerEntries: ["Gestion des abonnés et des contrats", "Facturation et recouvrement"],
    dataCategories: ["civil_identity", "contract_subscription", "billing_payment", "contact_details"],
    peopleCount: 24_000_000,
    personalData: true,
    telecomService: true,
    nis2Significant: true,
    riskLevel: "high",
    severity: sev(
      "financial",
      "maximum",
      "unknown_or_public",
      true,
      1,
      "IBAN de millions d’abonnés, données mises en vente",
    ),
    consequences: "Risque d’hameçonnage ciblé et de fraude au prélèvement (IBAN).",
    remedialMeasures: "Comptes VPN réinitialisés, MFA imposée, surveillance des prélèvements frauduleux.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Risque élevé : IBAN et identité de millions d’abonnés.",
      informPeople: true,
      informRationale: "Risque élevé de fraude : information individuelle par courriel et SMS.",
    },
  },
  {
    title: "Intrusion dans l’outil de gestion des commandes",
    description: "Compte d’un prestataire utilisé pour consulter des commandes de terminaux.",
    awarenessAfterHours: 10,
    awarenessReason: "Qualification par le SOC du caractère illégitime des accès.",
    categories: ["confidentiality"],
    cause: "external_malicious",
    systems: ["Outil de gestion des commandes"],
    registerEntries: ["Gestion des abonnés et des contrats"],
    dataCategories: ["civil_identity", "contact_details", "contract_subscription"],
    peopleCount: 310_000,
    personalData: true,
    telecomService: true,
    nis2Significant: false,
    riskLevel: "risk",
    severity: sev("simple", "maximum", "unknown_or_public", true),
    consequences: "Hameçonnage possible avec des informations de commande.",
    remedialMeasures: "Accès prestataire coupé, revue des habilitations.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Risque pour les personnes, violation dans le service de communications.",
      informPeople: true,
      informRationale: "Avis aux abonnés (611/2013 art. 3) : conseils de vigilance.",
    },
  },
  {
    title: "Manipulation d’URL exposant des factures",
    description:
      "Un identifiant séquentiel dans l’URL de téléchargement permettait d’accéder aux factures d’autres clients.",
    awarenessAfterHours: 6,
    awarenessReason: "Reproduction de la faille par l’équipe applicative.",
    categories: ["confidentiality"],
    cause: "internal_accidental",
    systems: ["Espace client web"],
    registerEntries: ["Facturation et recouvrement"],
    dataCategories: ["billing_payment", "contact_details", "civil_identity"],
    peopleCount: 2_180_000,
    personalData: true,
    telecomService: false,
    nis2Significant: false,
    riskLevel: "risk",
    severity: sev("financial", "maximum", "unknown_or_public", false),
    consequences: "Factures (adresse, consommation, montants) accessibles à des tiers.",
    remedialMeasures: "Identifiants aléatoires et contrôle d’accès sur le téléchargement.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Risque pour la vie privée (données de facturation).",
      informPeople: false,
      informRationale: "Pas de risque élevé : aucune exploitation massive constatée.",
    },
  },
  {
    title: "Box reconditionnées contenant les données d’anciens abonnés",
    description: "Des box remises en service conservaient l’historique et les contacts du client précédent.",
    awarenessAfterHours: 48,
    awarenessReason: "Plusieurs réclamations ont été nécessaires pour établir le caractère systématique.",
    categories: ["confidentiality"],
    cause: "internal_accidental",
    systems: ["Chaîne de reconditionnement"],
    registerEntries: ["Acheminement des communications", "Gestion des abonnés et des contrats"],
    dataCategories: ["traffic_cdr", "contact_details"],
    peopleCount: 4_600,
    personalData: true,
    telecomService: true,
    nis2Significant: false,
    riskLevel: "risk",
    severity: sev("behavioural", "significant", "known_recipients", false),
    consequences: "Journaux d’appels et contacts visibles du nouvel abonné.",
    remedialMeasures: "Effacement systématique vérifié avant réexpédition.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Données de trafic exposées à des tiers identifiés.",
      informPeople: true,
      informRationale: "Avis aux abonnés concernés.",
    },
    lateReason: "Le caractère systématique n’a été établi qu’après l’analyse d’un lot de box retournées.",
  },
  {
    title: "SIM swap frauduleux via le centre de contacts",
    description:
      "Un fraudeur a obtenu la portabilité de lignes en se faisant passer pour les titulaires auprès du centre de contacts.",
    awarenessAfterHours: null,
    categories: ["confidentiality", "integrity"],
    cause: "external_malicious",
    systems: ["Centre de contacts", "Gestion des SIM"],
    registerEntries: ["Service clients et réclamations", "Gestion des abonnés et des contrats"],
    dataCategories: ["device_sim_identifiers", "civil_identity"],
    peopleCount: 37,
    personalData: true,
    telecomService: true,
    nis2Significant: false,
    riskLevel: null,
    severity: sev("financial", "maximum", "known_recipients", true, 0),
    consequences: "Prise de contrôle des comptes bancaires via les SMS de validation.",
    remedialMeasures: "Contrôle renforcé d’identité au centre de contacts.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Risque élevé de fraude.",
      informPeople: true,
      informRationale: "Chaque victime est contactée par téléphone.",
    },
  },
  {
    title: "Perte d’un ordinateur portable chiffré",
    description:
      "Ordinateur d’un commercial oublié dans un train ; disque chiffré (BitLocker, clé dans le TPM, code PIN).",
    awarenessAfterHours: 2,
    awarenessReason: "Vérification du chiffrement dans la console de gestion.",
    categories: ["availability"],
    cause: "internal_accidental",
    systems: ["Poste de travail"],
    registerEntries: ["Prospection commerciale par SMS et courriel"],
    dataCategories: ["contact_details", "commercial_profile"],
    peopleCount: 1_200,
    personalData: true,
    telecomService: false,
    nis2Significant: false,
    dataUnintelligible: true,
    unintelligibleEvidence: "BitLocker XTS-AES 256, clé protégée par TPM + PIN, conformité vérifiée.",
    riskLevel: "unlikely",
    severity: sev("simple", "negligible", "none", false),
    consequences: "Aucune : données inintelligibles.",
    remedialMeasures: "Poste révoqué à distance.",
    decision: {
      notifyAuthority: false,
      notifyRationale: "Risque improbable : données chiffrées, clé non compromise. Documenté au registre.",
      informPeople: false,
      informRationale: "Aucun risque pour les personnes.",
    },
  },
  {
    title: "Rançongiciel chez un sous-traitant de centre d’appels",
    description: "Le prestataire de relation client a été chiffré ; des enregistrements d’appels ont été exfiltrés.",
    awarenessAfterHours: 12,
    awarenessReason: "Confirmation de l’exfiltration par le prestataire.",
    categories: ["confidentiality", "availability"],
    cause: "external_malicious",
    systems: ["Centre d’appels sous-traité"],
    registerEntries: ["Enregistrement des appels au service clients", "Service clients et réclamations"],
    dataCategories: ["call_recordings", "civil_identity", "customer_support"],
    peopleCount: 85_000,
    personalData: true,
    telecomService: true,
    nis2Significant: true,
    riskLevel: "high",
    severity: sev("behavioural", "maximum", "unknown_or_public", true, 1, "Enregistrements de conversations"),
    consequences: "Enregistrements d’appels publiés sur un site de fuite.",
    remedialMeasures: "Bascule vers un autre site, suivi des publications, plainte déposée.",
    decision: {
      notifyAuthority: true,
      notifyRationale: "Risque élevé : contenu de conversations.",
      informPeople: true,
      informRationale: "Information des clients dont les appels sont concernés.",
    },
  },
  {
    title: "Courriel envoyé au mauvais destinataire",
    description:
      "Un export de réclamations a été envoyé à une adresse externe erronée ; le destinataire a confirmé sa suppression.",
    awarenessAfterHours: 1,
    awarenessReason: "Signalement du destinataire.",
    categories: ["confidentiality"],
    cause: "internal_accidental",
    systems: ["Messagerie"],
    registerEntries: ["Service clients et réclamations"],
    dataCategories: ["customer_support", "contact_details"],
    peopleCount: 140,
    personalData: true,
    telecomService: false,
    nis2Significant: false,
    riskLevel: "unlikely",
    severity: sev("simple", "significant", "known_recipients", false),
    consequences: "Destinataire unique, de bonne foi, suppression confirmée.",
    remedialMeasures: "Rappel des consignes, chiffrement des exports.",
    decision: {
      notifyAuthority: false,
      notifyRationale: "Risque improbable : destinataire connu, suppression attestée.",
      informPeople: false,
      informRationale: "Aucun risque pour les personnes.",
    },
  },
  {
    title: "Déni de service sur le cœur de réseau mobile",
    description: "Attaque DDoS volumétrique ayant dégradé les services voix et données pendant quatre heures.",
    awarenessAfterHours: 1,
    awarenessReason: "Qualification en incident important.",
    categories: ["availability"],
    cause: "external_malicious",
    systems: ["Cœur de réseau mobile"],
    registerEntries: [],
    dataCategories: [],
    peopleCount: null,
    personalData: false,
    telecomService: true,
    nis2Significant: true,
    riskLevel: null,
    severity: null,
    nis2Impact: CORE_NETWORK_DDOS_IMPACT,
    consequences: "Interruption partielle du service pour environ 2 millions d’abonnés.",
    remedialMeasures: "Filtrage amont renforcé avec le transitaire.",
  },
];
