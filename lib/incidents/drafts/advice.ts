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
    keys: ["special_health"],
    consequence:
      "des informations relatives à votre santé pourraient être divulguées, avec un risque d’atteinte à votre vie privée ou de discrimination.",
    advice:
      "méfiez-vous de tout contact qui ferait état de votre santé ; vous pouvez nous demander quelles informations exactement sont concernées.",
  },
  {
    keys: ["special_biometric"],
    consequence:
      "vos données biométriques (visage, empreinte, voix) ne se changent pas comme un mot de passe et pourraient servir à usurper votre identité.",
    advice:
      "si un service vous reconnaît par ces données, demandez-lui de passer à un autre moyen d’authentification ; en cas d’usurpation, portez plainte et conservez le récépissé.",
  },
  {
    keys: ["special_other"],
    consequence:
      "des informations sensibles vous concernant (origine, opinions, religion, appartenance syndicale, données génétiques, vie ou orientation sexuelle) pourraient être divulguées, avec un risque de discrimination.",
    advice:
      "méfiez-vous de tout contact qui y ferait référence ; vous pouvez nous demander quelles informations exactement sont concernées et saisir la CNIL.",
  },
  {
    keys: ["criminal_offences"],
    consequence:
      "des informations relatives à des infractions, condamnations ou procédures vous concernant pourraient être divulguées et nuire à votre réputation.",
    advice:
      "en cas de tentative de chantage qui y ferait référence, ne payez pas, conservez les messages et portez plainte.",
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
    keys: ["ip_allocation", "browsing_dpi"],
    consequence:
      "les adresses IP qui vous ont été attribuées et les services consultés pourraient révéler vos habitudes de navigation et vos centres d’intérêt.",
    advice:
      "méfiez-vous des messages qui évoquent votre navigation pour vous intimider ; ne payez jamais une « amende » réclamée par message et signalez-le sur cybermalveillance.gouv.fr.",
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
  {
    keys: ["hr_data"],
    consequence:
      "les informations de votre dossier de salarié (carrière, rémunération, évaluations) pourraient être divulguées ou utilisées pour vous tromper.",
    advice:
      "méfiez-vous des demandes inhabituelles au nom des ressources humaines ou de la paie, en particulier un changement de coordonnées bancaires : vérifiez-les auprès du service par un canal habituel.",
  },
  {
    keys: ["video_images"],
    consequence: "des images de vidéoprotection sur lesquelles vous apparaissez pourraient être diffusées.",
    advice:
      "si vous trouvez des images de vous en ligne, signalez-le-nous et demandez leur retrait à la plateforme qui les diffuse ; vous pouvez aussi saisir la CNIL.",
  },
];

/** The consequences and the advice matching the categories breached, most serious first, each once. */
export function adviceFor(dataCategoryKeys: readonly string[]): { consequences: string[]; advice: string[] } {
  const matched = ADVICE.filter((a) => a.keys.some((k) => dataCategoryKeys.includes(k)));
  return { consequences: matched.map((a) => a.consequence), advice: matched.map((a) => a.advice) };
}
