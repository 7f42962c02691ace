import { formatLocal } from "../clocks/local-time";
import type { ObligationId } from "../obligations/obligations";

/**
 * Notification drafts generated from an incident's facts (GDPR Art. 33(3) and 34(2), Reg. 611/2013 Annexes I-II, NIS2 Art. 23(4)),
 * in French: they go to the CNIL, the ANSSI and French subscribers. Pure and client-safe; the
 * DPO edits the text before sending, and the text sent is stored with the notification.
 */
export const DRAFT_KINDS = [
  "cnil-gdpr-33",
  "cnil-611-initial",
  "cnil-611-second",
  "people",
  "anssi-early-warning",
  "anssi-notification",
  "anssi-final-report",
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_FOR_OBLIGATION: Record<ObligationId, DraftKind> = {
  "gdpr-33": "cnil-gdpr-33",
  "gdpr-34": "people",
  "eprivacy-611-initial": "cnil-611-initial",
  "eprivacy-611-second": "cnil-611-second",
  "eprivacy-611-subscribers": "people",
  "nis2-early-warning": "anssi-early-warning",
  "nis2-notification": "anssi-notification",
  "nis2-final-report": "anssi-final-report",
};

export interface DraftFacts {
  reference: string;
  title: string;
  description: string;
  occurredFrom: Date | null;
  occurredTo: Date | null;
  occurrenceEstimated: boolean;
  detectedAt: Date;
  awareAt: Date | null;
  containedAt: Date | null;
  categories: string[];
  cause: string | null;
  systems: string[];
  /** Labels of the data categories, already translated. */
  dataCategories: string[];
  peopleCount: number | null;
  recordsCount: number | null;
  consequences: string;
  remedialMeasures: string;
  dataUnintelligible: boolean;
  unintelligibleEvidence: string | null;
  severity: { score: number; band: string } | null;
}

export interface DraftContext {
  organisation: string;
  dpoContact: string;
  timeZone: string;
}

const CAUSES: Record<string, string> = {
  internal_accidental: "interne, accidentelle",
  internal_malicious: "interne, malveillante",
  external_accidental: "externe, accidentelle",
  external_malicious: "externe, malveillante",
};
const CATEGORIES: Record<string, string> = {
  confidentiality: "confidentialité",
  integrity: "intégrité",
  availability: "disponibilité",
};

const or = (value: string | null | undefined, fallback = "[à compléter]") =>
  value && value.trim() ? value.trim() : fallback;
const count = (n: number | null) => (n === null ? "[à compléter]" : `environ ${n.toLocaleString("fr-FR")}`);

function when(facts: DraftFacts, ctx: DraftContext) {
  const at = (d: Date | null) => (d ? `${formatLocal(d, ctx.timeZone)} (heure de Paris)` : "[à compléter]");
  const occurred = facts.occurredFrom
    ? `${at(facts.occurredFrom)}${facts.occurredTo ? ` au ${at(facts.occurredTo)}` : ""}${facts.occurrenceEstimated ? " (estimation)" : ""}`
    : "[à compléter]";
  return { occurred, detected: at(facts.detectedAt), aware: at(facts.awareAt), contained: at(facts.containedAt) };
}

function nature(facts: DraftFacts): string[] {
  return [
    `Nature de la violation : ${facts.categories.map((c) => CATEGORIES[c] ?? c).join(", ") || "[à compléter]"} ; origine ${CAUSES[facts.cause ?? ""] ?? "[à compléter]"}.`,
    `Circonstances : ${or(facts.description)}`,
    `Catégories de données concernées : ${facts.dataCategories.join(", ") || "[à compléter]"}.`,
    `Personnes concernées : ${count(facts.peopleCount)} ; enregistrements : ${count(facts.recordsCount)}.`,
    `Systèmes concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
  ];
}

function header(title: string, facts: DraftFacts, ctx: DraftContext): string[] {
  return [
    title,
    "",
    `Responsable du traitement : ${ctx.organisation}`,
    `Contact (délégué à la protection des données) : ${ctx.dpoContact}`,
    `Référence interne : ${facts.reference} — ${facts.title}`,
    "",
  ];
}

function build(kind: DraftKind, facts: DraftFacts, ctx: DraftContext): string[] {
  const w = when(facts, ctx);
  const measures = `Mesures prises ou envisagées : ${or(facts.remedialMeasures)}`;
  const consequences = `Conséquences probables : ${or(facts.consequences)}`;
  const annex1 = (step: string) => [
    ...header(
      `Notification de violation de données à caractère personnel — Règlement (UE) 611/2013, annexe I — ${step}`,
      facts,
      ctx,
    ),
    "Section 1",
    `Date et heure de l'incident : ${w.occurred}`,
    `Date et heure de la détection : ${w.detected}`,
    ...nature(facts),
    measures,
  ];
  switch (kind) {
    case "cnil-gdpr-33":
      return [
        ...header("Notification à la CNIL — RGPD article 33", facts, ctx),
        ...nature(facts),
        `Date de la violation : ${w.occurred} ; détection : ${w.detected} ; prise de connaissance : ${w.aware}.`,
        consequences,
        measures,
        facts.severity
          ? `Gravité évaluée (méthode ENISA) : ${facts.severity.score} (${facts.severity.band}).`
          : "Gravité : évaluation en cours.",
      ];
    case "cnil-611-initial":
      return [
        ...annex1("notification initiale"),
        "",
        "Les informations de la section 2 suivront dans une seconde notification (article 2(3)).",
      ];
    case "cnil-611-second":
      return [
        ...annex1("seconde notification"),
        "",
        "Section 2",
        `Résumé et localisation : ${or(facts.description)}`,
        `Nombre de personnes concernées : ${count(facts.peopleCount)}.`,
        consequences,
        `Mesures d'atténuation : ${or(facts.remedialMeasures)}`,
        "Information des abonnés : [contenu, moyens, nombre d'abonnés informés]",
        `Aspects transfrontières : ${"[à compléter]"}`,
      ];
    case "people":
      return [
        `Information sur une violation de vos données personnelles — ${ctx.organisation}`,
        "",
        `Madame, Monsieur, nous vous informons qu'un incident de sécurité a touché certaines de vos données (${facts.dataCategories.join(", ") || "[données concernées]"}).`,
        `Ce qui s'est passé : ${or(facts.description)} L'incident date du ${w.occurred}.`,
        `Ce que cela peut entraîner pour vous : ${or(facts.consequences)}`,
        `Ce que nous avons fait : ${or(facts.remedialMeasures)}`,
        "Ce que nous vous recommandons : soyez vigilant face aux messages ou appels se réclamant de nous, ne communiquez jamais vos codes, changez votre mot de passe et surveillez vos prélèvements.",
        `Pour toute question : ${ctx.dpoContact}`,
        "(Règlement 611/2013 annexe II ; RGPD article 34(2) : langage clair et simple.)",
      ];
    case "anssi-early-warning":
      return [
        ...header("Alerte précoce à l'ANSSI / CSIRT — NIS2 article 23(4)(a)", facts, ctx),
        `Incident significatif détecté le ${w.detected}.`,
        `Acte illicite ou malveillant suspecté : ${facts.cause?.endsWith("malicious") ? "oui" : "[oui / non / inconnu]"}.`,
        `Impact transfrontière possible : ${"[à compléter]"}`,
      ];
    case "anssi-notification":
      return [
        ...header("Notification d'incident à l'ANSSI / CSIRT — NIS2 article 23(4)(b)", facts, ctx),
        `Évaluation initiale : gravité ${facts.severity ? `${facts.severity.score} (${facts.severity.band})` : "[à compléter]"}.`,
        `Impact : ${or(facts.consequences)}`,
        "Indicateurs de compromission : [adresses IP, empreintes, comptes, domaines]",
        `Systèmes concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
      ];
    case "anssi-final-report":
      return [
        ...header("Rapport final à l'ANSSI / CSIRT — NIS2 article 23(4)(e)", facts, ctx),
        `Description détaillée, gravité et impact : ${or(facts.description)} ${or(facts.consequences, "")}`.trim(),
        `Type de menace ou cause profonde : origine ${CAUSES[facts.cause ?? ""] ?? "[à compléter]"}.`,
        `Mesures d'atténuation appliquées et en cours : ${or(facts.remedialMeasures)}`,
        `Impact transfrontière : ${"[à compléter]"}`,
        `Confinement : ${w.contained}.`,
      ];
  }
}

export function generateDraft(kind: DraftKind, facts: DraftFacts, ctx: DraftContext): string {
  return build(kind, facts, ctx).join("\n");
}
