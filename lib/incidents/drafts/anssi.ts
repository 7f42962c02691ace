import { crossBorderText } from "./annex-i";
import { label, lower, or, type DraftContext, type DraftFacts, type DraftInstants } from "./drafts";
import fr from "../messages.fr.json";
import { assessNis2Impact } from "../nis2-impact";

/**
 * The ANSSI / CSIRT drafts (NIS2 Art. 23(4)): from the entity and its security contact (not a
 * controller and its DPO), the severity being the incident's own NIS2 assessment — its impact on
 * the service — never the personal-data score; one term, "incident important", as the French text.
 */
const N = fr.incidents.nis2Impact;

function entityHeader(title: string, facts: DraftFacts, ctx: DraftContext): string[] {
  return [
    title,
    "",
    `Entité : ${ctx.organisation} (fournisseur de réseaux ou de services de communications électroniques)`,
    `Contact sécurité : ${or(ctx.securityContact)}`,
    `Référence interne : ${facts.reference} — ${facts.title}`,
    "",
  ];
}

const fmt = (n: number | null, unit = "") => (n === null ? "[inconnu]" : `${n.toLocaleString("fr-FR")}${unit}`);

/** The NIS2 severity lines: the assessment, the criteria met, then the impact figures. */
export function nis2SeverityLines(facts: Pick<DraftFacts, "nis2Impact">): string[] {
  const impact = facts.nis2Impact;
  if (!impact) {
    return [
      "Gravité (NIS2 art. 23(3)) : évaluation de l'impact sur le service en cours — [utilisateurs touchés, durée, étendue géographique, pertes financières]",
    ];
  }
  const result = assessNis2Impact(impact);
  const share =
    result.shareAffected === null
      ? ""
      : ` (${(result.shareAffected * 100).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} %)`;
  const spread = impact.geographicSpread ? lower(N.spread[impact.geographicSpread]) : "[inconnue]";
  return [
    `Gravité (NIS2 art. 23(3)) : ${lower(N.level[result.level])}.`,
    `Critères remplis : ${result.criteria.map((c) => lower(N.criteria[c])).join(" ; ") || "aucun à ce stade"}${result.missing.length ? ` ; faits encore inconnus : ${result.missing.map((m) => lower(N.fields[m])).join(", ")}` : ""}.`,
    `Impact sur le service : utilisateurs touchés ${fmt(impact.usersAffected)}${share} sur ${fmt(impact.totalUsers)} ; durée ${fmt(impact.durationMinutes, " min")}${impact.completeOutage ? " (indisponibilité totale)" : ""} ; étendue ${spread}${impact.memberStates.length ? ` (${impact.memberStates.join(", ")})` : ""} ; pertes financières ${fmt(impact.financialLossEur, " €")}.`,
  ];
}

export function anssiDraft(
  kind: "anssi-early-warning" | "anssi-notification" | "anssi-final-report",
  facts: DraftFacts,
  ctx: DraftContext,
  w: DraftInstants,
): string[] {
  const crossBorder = crossBorderText(facts) ?? "[à compléter]";
  switch (kind) {
    case "anssi-early-warning":
      return [
        ...entityHeader("Alerte précoce à l'ANSSI / CSIRT — NIS2 article 23(4)(a)", facts, ctx),
        `Incident important détecté le ${w.detected}.`,
        `Acte illicite ou malveillant suspecté : ${facts.cause?.endsWith("malicious") ? "oui" : "[oui / non / inconnu]"}.`,
        `Impact transfrontière possible : ${crossBorder}`,
        ...nis2SeverityLines(facts),
      ];
    case "anssi-notification":
      return [
        ...entityHeader("Notification d'incident important à l'ANSSI / CSIRT — NIS2 article 23(4)(b)", facts, ctx),
        "Évaluation initiale de l'incident important :",
        ...nis2SeverityLines(facts),
        `Conséquences constatées : ${or(facts.consequences)}`,
        "Indicateurs de compromission : [adresses IP, empreintes, comptes, domaines]",
        `Systèmes concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
        `Impact transfrontière : ${crossBorder}`,
      ];
    case "anssi-final-report":
      return [
        ...entityHeader("Rapport final à l'ANSSI / CSIRT — NIS2 article 23(4)(e)", facts, ctx),
        `Description détaillée de l'incident important : ${or(facts.description)} ${or(facts.consequences, "")}`.trim(),
        ...nis2SeverityLines(facts),
        `Type de menace ou cause profonde : origine ${lower(label(fr.incidents.causes, facts.cause))}.`,
        `Mesures d'atténuation appliquées et en cours : ${or(facts.remedialMeasures)}`,
        `Impact transfrontière : ${crossBorder}`,
        `Confinement : ${w.contained}.`,
      ];
  }
}
