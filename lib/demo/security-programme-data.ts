/** The demo operator's information systems (lib/demo/security-programme.ts writes them through the domain). */
export const URL_INCIDENT_TITLE = "Manipulation d’URL exposant des factures";

interface DemoSystem {
  identity: {
    name: string;
    owner: string;
    hosting: string;
    criticality: string;
    exposure: string;
    description: string;
  };
  /** Register entry names. */
  entries: string[];
  sources: { kind: string; name: string }[];
  tests: { daysAgo: number; result: string; scenario: string }[];
}

export const SYSTEMS: DemoSystem[] = [
  {
    identity: {
      name: "Facturation",
      owner: "DSI facturation",
      hosting: "on_premises",
      criticality: "critical",
      exposure: "internal",
      description: "Valorisation des CDR et édition des factures.",
    },
    entries: ["Facturation et recouvrement"],
    sources: [
      { kind: "siem_logs", name: "Splunk — journaux applicatifs et système" },
      { kind: "host_edr", name: "EDR serveurs" },
      { kind: "rule_set", name: "Cas d'usage SOC : accès massif aux factures" },
    ],
    tests: [
      { daysAgo: 150, result: "detected", scenario: "Purple team : extraction de factures par un compte de service" },
    ],
  },
  {
    identity: {
      name: "CRM clients",
      owner: "Direction relation client",
      hosting: "saas",
      criticality: "high",
      exposure: "internal",
      description: "Contrats, contacts et réclamations.",
    },
    entries: ["Gestion des abonnés et des contrats", "Service clients et réclamations"],
    sources: [{ kind: "siem_logs", name: "Journaux d'audit SaaS" }],
    tests: [],
  },
  {
    identity: {
      name: "HLR/HSS",
      owner: "Exploitation réseau",
      hosting: "on_premises",
      criticality: "critical",
      exposure: "internal",
      description: "Registres des abonnés mobiles et de leur localisation réseau.",
    },
    entries: ["Acheminement des communications", "Localisation des appels d'urgence"],
    sources: [
      { kind: "network_ids", name: "Sonde IDS SS7/Diameter" },
      { kind: "host_edr", name: "EDR cœur de réseau" },
      { kind: "siem_logs", name: "Journaux HSS" },
      { kind: "rule_set", name: "Règles SS7 : localisation non sollicitée" },
    ],
    tests: [
      {
        daysAgo: 600,
        result: "detected",
        scenario: "Requête SendRoutingInfo depuis un partenaire d'itinérance simulé",
      },
    ],
  },
  {
    identity: {
      name: "Plateforme de médiation (CDR)",
      owner: "Exploitation réseau",
      hosting: "on_premises",
      criticality: "critical",
      exposure: "internal",
      description: "Collecte et conservation des CDR (CPCE L34-1).",
    },
    entries: ["Conservation des données de connexion (CPCE L34-1)"],
    sources: [
      { kind: "siem_logs", name: "Journaux de médiation" },
      { kind: "rule_set", name: "Cas d'usage : export massif de CDR" },
    ],
    tests: [{ daysAgo: 400, result: "not_detected", scenario: "Export de CDR par un administrateur légitime" }],
  },
  {
    identity: {
      name: "Plateforme de localisation",
      owner: "Services réseau",
      hosting: "private_cloud",
      criticality: "high",
      exposure: "internal",
      description: "Positionnement des terminaux (urgence, statistiques).",
    },
    entries: ["Localisation des appels d'urgence", "Statistiques de mobilité anonymisées"],
    sources: [],
    tests: [],
  },
  {
    identity: {
      name: "Espace client web et application",
      owner: "Équipe digitale",
      hosting: "public_cloud",
      criticality: "high",
      exposure: "internet",
      description: "Site et application Mon Espace : factures, consommation, options.",
    },
    entries: ["Application mobile Mon Espace", "Facturation et recouvrement"],
    sources: [
      { kind: "waf", name: "WAF du CDN" },
      { kind: "network_ids", name: "Sonde IDS frontale" },
      { kind: "siem_logs", name: "Journaux applicatifs" },
      { kind: "host_edr", name: "EDR conteneurs" },
      { kind: "rule_set", name: "Cas d'usage : énumération d'identifiants" },
    ],
    tests: [{ daysAgo: 420, result: "detected", scenario: "Énumération d'URL de factures" }],
  },
  {
    identity: {
      name: "Data lake",
      owner: "Direction data",
      hosting: "public_cloud",
      criticality: "high",
      exposure: "internal",
      description: "Analyses réseau, churn et offres personnalisées.",
    },
    entries: ["Analyse de la qualité du réseau", "Score de risque de résiliation (churn)", "Offres personnalisées"],
    sources: [{ kind: "siem_logs", name: "Journaux d'accès du lac" }],
    tests: [],
  },
];
