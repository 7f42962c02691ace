import type { ConsentPurposeKind } from "@/db/schema/consent";

/** The demo operator's consent purposes (fictitious, matching the demo register's activities). */
export interface DemoPurpose {
  key: string;
  /** Consent (opt-in) or objection (opt-out on legitimate interests, Art. 21). */
  kind: ConsentPurposeKind;
  labelFr: string;
  labelEn: string;
  description: string;
  /** Names of the demo register entries it serves (at least one with the lawful basis its kind requires); resolved to `TRT-` references at seed time. */
  registerEntries: string[];
  channels: string[];
  /** Channels its marketing campaigns may use (issue 17); none for purposes that contact nobody. */
  campaignChannels: string[];
  /** Share of the demo's events, in %. */
  weight: number;
  /** Share of events that are grants. */
  grantRate: number;
  texts: [string, string];
  /** Events only from this instant (telephone canvassing became opt-in on 11 August 2026). */
  startsAt?: string;
}

export const demoPurposes: DemoPurpose[] = [
  {
    key: "sms_email_marketing",
    kind: "consent",
    labelFr: "Prospection commerciale par SMS et e-mail",
    labelEn: "SMS and e-mail marketing",
    description: "Offres de Vigie Télécom par SMS et e-mail (CPCE L34-5 : consentement préalable).",
    registerEntries: ["Prospection commerciale par SMS et courriel"],
    campaignChannels: ["sms", "mms", "email"],
    channels: ["app", "web", "shop", "call_centre", "sms"],
    weight: 25,
    grantRate: 0.62,
    texts: [
      "J'accepte de recevoir les offres de Vigie Télécom par SMS et e-mail.",
      "J'accepte de recevoir par SMS et e-mail les offres de Vigie Télécom. Je peux me désabonner à tout moment en répondant STOP.",
    ],
  },
  {
    key: "telephone_canvassing",
    kind: "consent",
    labelFr: "Démarchage téléphonique",
    labelEn: "Telephone canvassing",
    description: "Appels commerciaux : consentement préalable obligatoire depuis le 11 août 2026 (loi 2025-594).",
    registerEntries: ["Prospection commerciale par SMS et courriel"],
    campaignChannels: ["phone"],
    channels: ["app", "web", "shop", "call_centre", "ivr"],
    weight: 5,
    grantRate: 0.45,
    startsAt: "2026-08-11T00:00:00+02:00",
    texts: [
      "J'accepte d'être appelé par Vigie Télécom pour des offres commerciales.",
      "J'accepte d'être appelé par Vigie Télécom pour des offres commerciales, du lundi au vendredi de 10 h à 20 h.",
    ],
  },
  {
    key: "content_recommendations",
    kind: "consent",
    labelFr: "Recommandations de contenus",
    labelEn: "Content recommendations",
    description: "Recommandations de programmes sur la box TV et l'application à partir de l'historique de visionnage.",
    registerEntries: ["Recommandations de contenus"],
    campaignChannels: [],
    channels: ["app", "web", "tv_box"],
    weight: 15,
    grantRate: 0.75,
    texts: [
      "Je souhaite recevoir des recommandations de programmes.",
      "Je souhaite recevoir des recommandations fondées sur mon historique de visionnage.",
    ],
  },
  {
    key: "personalised_offers_usage",
    kind: "consent",
    labelFr: "Offres personnalisées à partir des données d'usage",
    labelEn: "Personalised offers from usage data",
    description: "Données de trafic utilisées pour des offres adaptées (ePrivacy art. 6(3)).",
    registerEntries: ["Offres personnalisées"],
    campaignChannels: ["email", "push"],
    channels: ["app", "web", "shop", "call_centre"],
    weight: 15,
    grantRate: 0.55,
    texts: [
      "J'accepte que ma consommation serve à me proposer des offres adaptées.",
      "J'accepte que mes données de consommation (appels, données mobiles) servent à me proposer des offres adaptées.",
    ],
  },
  {
    key: "location_offers",
    kind: "consent",
    labelFr: "Offres géolocalisées",
    labelEn: "Location-based offers",
    description: "Offres liées à la position du terminal (ePrivacy art. 9 : consentement).",
    registerEntries: ["Offres personnalisées"],
    campaignChannels: ["sms", "push"],
    channels: ["app", "sms"],
    weight: 10,
    grantRate: 0.4,
    texts: [
      "J'accepte de recevoir des offres selon ma position.",
      "J'accepte que ma position serve à m'envoyer des offres de magasins proches.",
    ],
  },
  {
    key: "mobility_statistics_optout",
    kind: "objection",
    labelFr: "Statistiques de mobilité anonymisées (opposition)",
    labelEn: "Anonymised mobility statistics (opt-out)",
    description: "Statistiques agrégées de fréquentation ; l'abonné peut s'y opposer (un retrait = une opposition).",
    registerEntries: ["Statistiques de mobilité anonymisées"],
    campaignChannels: [],
    channels: ["app", "web", "call_centre", "sms"],
    weight: 5,
    grantRate: 0.2,
    texts: [
      "Mes données de localisation anonymisées peuvent servir à des statistiques.",
      "Mes données de localisation, anonymisées et agrégées, peuvent servir à des statistiques de fréquentation.",
    ],
  },
  {
    key: "third_party_sharing",
    kind: "consent",
    labelFr: "Partage de données avec des partenaires",
    labelEn: "Third-party data sharing",
    description: "Transmission de coordonnées à des partenaires commerciaux.",
    registerEntries: ["Prospection commerciale par SMS et courriel"],
    campaignChannels: [],
    channels: ["app", "web", "shop"],
    weight: 10,
    grantRate: 0.35,
    texts: [
      "J'accepte que mes coordonnées soient transmises à des partenaires.",
      "J'accepte que mes coordonnées soient transmises aux partenaires listés sur vigie-telecom.fr/partenaires.",
    ],
  },
  {
    key: "web_analytics_cookies",
    kind: "consent",
    labelFr: "Cookies de mesure d'audience",
    labelEn: "Web analytics cookies",
    description: "Traceurs de mesure d'audience non exemptés sur le site et l'espace client.",
    registerEntries: ["Cookies et traceurs de la boutique en ligne", "Application mobile Mon Espace"],
    campaignChannels: [],
    channels: ["web", "app"],
    weight: 15,
    grantRate: 0.7,
    texts: [
      "J'accepte les cookies de mesure d'audience.",
      "J'accepte les cookies de mesure d'audience de Vigie Télécom et de son prestataire.",
    ],
  },
];
