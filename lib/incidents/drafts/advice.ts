/**
 * What a subscriber notice (611/2013 Annex II, GDPR Art. 34(2)) tells the people, chosen from the
 * categories of data breached: the likely consequences for them and what they can do. Never the
 * internal consequence notes. French, like the drafts. Pure and client-safe.
 */
type Advice = { keys: readonly string[]; consequence: string; advice: string };

const ADVICE: readonly Advice[] = [
  {
    keys: ["device_sim_identifiers"],
    consequence:
      "une personne malveillante pourrait tenter de faire transférer votre numéro sur une autre carte SIM (« SIM swap ») pour recevoir vos codes de validation.",
    advice:
      "si votre téléphone perd soudain le réseau, contactez-nous immédiatement depuis un autre téléphone ; privilégiez une application d’authentification plutôt que les codes par SMS pour vos comptes bancaires.",
  },
  {
    keys: ["billing_payment", "debt_collection"],
    consequence: "vos coordonnées bancaires (IBAN) pourraient être utilisées pour des prélèvements frauduleux.",
    advice:
      "surveillez vos relevés bancaires ; contestez auprès de votre banque tout prélèvement que vous ne reconnaissez pas (vous disposez de 13 mois) ; aucun de nos conseillers ne vous demandera vos coordonnées bancaires par téléphone.",
  },
  {
    keys: ["civil_identity"],
    consequence:
      "vos données d’identité pourraient servir à usurper votre identité (ouverture de comptes ou de lignes).",
    advice:
      "signalez à votre banque toute ouverture de compte ou de crédit que vous n’avez pas demandée ; en cas d’usurpation, portez plainte et conservez le récépissé.",
  },
  {
    keys: ["authentication", "online_identifiers"],
    consequence: "vos identifiants pourraient permettre d’accéder à votre espace client.",
    advice:
      "changez le mot de passe de votre espace client, et partout où vous utilisiez le même ; activez la double authentification.",
  },
  {
    keys: ["traffic_cdr", "traffic_ipdr", "billing_traffic"],
    consequence: "la liste de vos appels et connexions pourrait révéler vos contacts et vos habitudes.",
    advice:
      "méfiez-vous des messages qui citent vos échanges ou vos correspondants pour gagner votre confiance ; ne rappelez pas un numéro inconnu qui prétend vous connaître.",
  },
  {
    keys: ["location_cell", "location_gps"],
    consequence: "les données de localisation pourraient révéler vos déplacements et lieux habituels.",
    advice:
      "si vous pensez que votre sécurité physique est en jeu, signalez-le à la police ou à la gendarmerie et prévenez-nous pour que nous vous accompagnions.",
  },
  {
    keys: ["call_recordings", "communications_content"],
    consequence: "le contenu de vos échanges avec nous pourrait être divulgué.",
    advice:
      "méfiez-vous de tout contact qui reprendrait des éléments de ces échanges ; nous ne vous demanderons jamais de confirmer un code par téléphone.",
  },
  {
    keys: ["contact_details", "contract_subscription", "customer_support", "commercial_profile", "directory_data"],
    consequence:
      "vos coordonnées pourraient être utilisées pour des messages ou appels frauduleux se faisant passer pour nous.",
    advice:
      "ne cliquez pas sur les liens des messages inattendus, ne communiquez jamais vos codes ou mots de passe, et vérifiez en nous appelant au numéro habituel.",
  },
];

/** The consequences and the advice matching the categories breached, most serious first, each once. */
export function adviceFor(dataCategoryKeys: readonly string[]): { consequences: string[]; advice: string[] } {
  const matched = ADVICE.filter((a) => a.keys.some((k) => dataCategoryKeys.includes(k)));
  return { consequences: matched.map((a) => a.consequence), advice: matched.map((a) => a.advice) };
}
