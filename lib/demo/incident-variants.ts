import type { IncidentCase } from "./incident-cases";

/**
 * What makes each occurrence of a demo case its own incident: the same kind of breach happens
 * again at an operator, but never with the same words — another site, another system, another
 * count. Indexed like CASE_TEMPLATES; occurrence 0 is the template's own text.
 */
interface Variant {
  /** Appended to the title, after an em dash. */
  where: string;
  /** Appended to the description. */
  detail: string;
}

const VARIANTS: readonly (readonly Variant[])[] = [
  [
    { where: "compte d’un technicien d’astreinte", detail: "Le mot de passe avait été réutilisé sur un forum piraté." },
    {
      where: "compte d’un prestataire d’intégration",
      detail: "Le compte n’avait pas été désactivé à la fin de la mission.",
    },
    {
      where: "compte d’un administrateur de Rennes",
      detail: "Hameçonnage ciblé imitant le portail RH, jeton MFA rejoué.",
    },
    { where: "compte de test oublié", detail: "Compte créé pour une recette en 2023, jamais supprimé." },
  ],
  [
    { where: "portail des revendeurs", detail: "Un revendeur de Lille a partagé ses identifiants avec un tiers." },
    { where: "extranet logistique", detail: "Requêtes automatisées depuis une adresse IP hébergée à l’étranger." },
    { where: "outil du service après-vente", detail: "Session restée ouverte sur un poste partagé en boutique." },
    { where: "API des commandes en ligne", detail: "Clé d’API publiée par erreur dans un dépôt de code public." },
  ],
  [
    { where: "espace client mobile", detail: "Numéros de facture séquentiels dans l’application iOS." },
    { where: "factures professionnelles", detail: "Lien de téléchargement sans expiration envoyé par courriel." },
    { where: "duplicata en boutique", detail: "Le terminal de la boutique affichait la facture du client précédent." },
    { where: "export comptable", detail: "Fichier de factures déposé sur un partage accessible à tous les salariés." },
  ],
  [
    { where: "lot de 240 box", detail: "Lot traité par l’atelier de reconditionnement de Tours." },
    { where: "répéteurs Wi-Fi", detail: "Les répéteurs gardaient le nom et la clé du réseau de l’ancien abonné." },
    { where: "décodeurs TV", detail: "L’historique de visionnage et les codes parentaux n’avaient pas été effacés." },
    { where: "smartphones de reprise", detail: "Téléphones revendus sans réinitialisation par un partenaire." },
  ],
  [
    { where: "boutique de Marseille", detail: "Pièce d’identité falsifiée présentée en boutique." },
    {
      where: "vague de six lignes",
      detail: "Les fraudeurs connaissaient la date de naissance et l’IBAN des victimes.",
    },
    { where: "ligne d’un élu local", detail: "Demande de portabilité frauduleuse suivie d’un SIM swap." },
    {
      where: "clients professionnels",
      detail: "Appels au service client se faisant passer pour le gestionnaire de flotte.",
    },
  ],
  [
    { where: "gare de Lyon Part-Dieu", detail: "Portable d’un commercial oublié dans un train." },
    { where: "cambriolage d’agence", detail: "Deux portables volés lors d’un cambriolage à Nantes." },
    { where: "aéroport de Roissy", detail: "Portable d’un chef de projet perdu lors d’un contrôle de sécurité." },
    { where: "véhicule d’intervention", detail: "Portable d’un technicien volé dans un véhicule." },
  ],
  [
    { where: "site de Casablanca", detail: "Le prestataire a prévenu 30 heures après le chiffrement." },
    { where: "site de Poitiers", detail: "Les sauvegardes du prestataire étaient elles aussi chiffrées." },
    { where: "plateforme de télévente", detail: "Les enregistrements de démarchage ont été exfiltrés." },
    { where: "sous-traitant de second rang", detail: "Le sous-traitant n’avait pas été déclaré dans le contrat." },
  ],
  [
    { where: "relance d’impayés", detail: "Publipostage mal fusionné : 40 courriers envoyés à la mauvaise adresse." },
    { where: "résiliation", detail: "Attestation de résiliation adressée à un homonyme." },
    { where: "réclamation", detail: "Réponse à une réclamation envoyée avec la pièce jointe d’un autre client." },
    { where: "service juridique", detail: "Réquisition judiciaire transmise au mauvais correspondant." },
  ],
  [
    { where: "réseau fixe d’Île-de-France", detail: "Attaque par amplification DNS pendant deux heures." },
    { where: "cœur IMS", detail: "Saturation des enregistrements SIP pendant une heure." },
    { where: "passerelle roaming", detail: "Dégradation des appels des abonnés en itinérance." },
    { where: "serveurs DNS", detail: "Trafic de réflexion depuis des objets connectés compromis." },
  ],
];

/** The `occurrence`-th use (0 = first) of template `index`, with words of its own. */
export function varyCase<T extends Pick<IncidentCase, "title" | "description">>(
  template: T,
  index: number,
  occurrence: number,
): T {
  if (occurrence === 0) return template;
  const variants = VARIANTS[index] ?? [];
  const variant = variants[(occurrence - 1) % Math.max(1, variants.length)];
  if (!variant) return { ...template, title: `${template.title} (${occurrence + 1})` };
  const round = Math.floor((occurrence - 1) / variants.length);
  const suffix = round > 0 ? ` (${round + 1})` : "";
  return {
    ...template,
    title: `${template.title} — ${variant.where}${suffix}`,
    description: `${template.description} ${variant.detail}`,
  };
}
