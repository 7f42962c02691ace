import { adviceFor } from "./advice";
import { formatLocal } from "../clocks/local-time";
import fr from "../messages.fr.json";
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
  "service-recipients",
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
  "nis2-recipients": "service-recipients",
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
  /** Their catalogue keys (the subscriber advice is chosen from them). */
  dataCategoryKeys: string[];
  /** GDPR Art. 33(3)(a): categories of data subjects. */
  dataSubjectCategories: string[];
  /** 611/2013 Annex I section 2: cross-border aspects, as recorded (null: not known yet). */
  crossBorder: string | null;
  /** Annex I section 2: the subscriber notification — sent, not required, or not decided (null). */
  subscriberNotice: "sent" | "not_required" | null;
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
  /** GDPR Art. 33(3)(b): the DPO's name (the DPO's account), with the contact below. */
  dpoName: string;
  dpoContact: string;
  /** NIS2: the entity's security contact (the security director's account). */
  securityContact: string;
  timeZone: string;
}

/** The UI's own French labels: no internal enum value reaches a draft (issue 14, point 13). */
const L = fr.incidents;
const label = (table: Record<string, string>, key: string | null | undefined) =>
  key ? (table[key] ?? "[à compléter]") : "[à compléter]";
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const severityText = (severity: DraftFacts["severity"]) =>
  severity ? `${String(severity.score).replace(".", ",")} — ${label(L.severity.band, severity.band)}` : null;

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
    `Nature de la violation : ${facts.categories.map((c) => lower(label(L.categories, c))).join(", ") || "[à compléter]"} ; origine ${lower(label(L.causes, facts.cause))}.`,
    `Circonstances : ${or(facts.description)}`,
    `Catégories de données concernées : ${facts.dataCategories.join(", ") || "[à compléter]"}.`,
    `Catégories de personnes concernées : ${facts.dataSubjectCategories.join(", ") || "[à compléter]"} ; nombre approximatif : ${count(facts.peopleCount)}.`,
    `Enregistrements concernés : ${count(facts.recordsCount)}.`,
    `Systèmes concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
  ];
}

function header(title: string, facts: DraftFacts, ctx: DraftContext): string[] {
  return [
    title,
    "",
    `Responsable du traitement : ${ctx.organisation}`,
    `Délégué à la protection des données : ${or(ctx.dpoName)} — ${or(ctx.dpoContact)}`,
    `Référence interne : ${facts.reference} — ${facts.title}`,
    "",
  ];
}

/** NIS2 drafts come from the entity, with its security contact (not a controller and its DPO). */
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

/** 611/2013 Annex I section 2, item by item; `null` marks an item still unknown. */
export function annexISection2(facts: DraftFacts): { label: string; value: string | null }[] {
  const text = (v: string) => (v.trim() ? v.trim() : null);
  return [
    { label: "Résumé de l’incident", value: text(facts.description) },
    { label: "Localisation (systèmes)", value: facts.systems.length ? facts.systems.join(", ") : null },
    {
      label: "Nombre de personnes concernées",
      value: facts.peopleCount === null ? null : `environ ${facts.peopleCount.toLocaleString("fr-FR")}`,
    },
    { label: "Conséquences potentielles", value: text(facts.consequences) },
    { label: "Mesures d’atténuation", value: text(facts.remedialMeasures) },
    {
      label: "Notification des abonnés",
      value:
        facts.subscriberNotice === "sent"
          ? "effectuée (contenu, moyens et nombre joints)"
          : facts.subscriberNotice === "not_required"
            ? "non requise"
            : null,
    },
    { label: "Aspects transfrontières", value: facts.crossBorder === null ? null : or(facts.crossBorder, "aucun") },
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
          ? `Gravité évaluée (méthode ENISA) : ${severityText(facts.severity)}.`
          : "Gravité : évaluation en cours.",
      ];
    case "cnil-611-initial": {
      const section2 = annexISection2(facts);
      const missing = section2.filter((item) => item.value === null);
      if (missing.length === 0) {
        // Every section 2 item is known within 24 h: one complete notification (Art. 2(2)).
        return [
          ...annex1("notification complète"),
          "",
          "Section 2",
          ...section2.map((item) => `${item.label} : ${item.value}`),
        ];
      }
      return [
        ...annex1("notification initiale"),
        "",
        "Les informations suivantes de la section 2 suivront dans une seconde notification (article 2(3)) :",
        ...missing.map((item) => `- ${item.label}`),
      ];
    }
    case "cnil-611-second":
      return [
        ...annex1("seconde notification"),
        "",
        "Section 2",
        `Résumé et localisation : ${or(facts.description)}`,
        `Nombre de personnes concernées : ${count(facts.peopleCount)}.`,
        consequences,
        `Mesures d'atténuation : ${or(facts.remedialMeasures)}`,
        `Notification des abonnés : ${annexISection2(facts)[5]!.value ?? "[contenu, moyens, nombre d'abonnés informés]"}`,
        `Aspects transfrontières : ${annexISection2(facts)[6]!.value ?? "[à compléter]"}`,
      ];
    case "people": {
      // Annex II / Art. 34(2): consequences and advice follow the data breached; internal notes never.
      const { consequences: forYou, advice } = adviceFor(facts.dataCategoryKeys);
      return [
        `Information sur une violation de vos données personnelles — ${ctx.organisation}`,
        "",
        `Madame, Monsieur, nous vous informons qu'un incident de sécurité a touché certaines de vos données (${facts.dataCategories.join(", ") || "[données concernées]"}).`,
        `Ce qui s'est passé : ${or(facts.description)} L'incident date du ${w.occurred}.`,
        "Conséquences probables pour vous :",
        ...(forYou.length ? forYou.map((c) => `- ${c}`) : ["- [à compléter]"]),
        `Ce que nous avons fait : ${or(facts.remedialMeasures)}`,
        "Ce que nous vous recommandons :",
        ...(advice.length ? advice.map((a) => `- ${a}`) : ["- [à compléter]"]),
        `Pour toute question : ${or(ctx.dpoName)}, délégué à la protection des données — ${or(ctx.dpoContact)}`,
        "(Règlement 611/2013 annexe II ; RGPD article 34(2) : langage clair et simple.)",
      ];
    }
    case "anssi-early-warning":
      return [
        ...entityHeader("Alerte précoce à l'ANSSI / CSIRT — NIS2 article 23(4)(a)", facts, ctx),
        `Incident important détecté le ${w.detected}.`,
        `Acte illicite ou malveillant suspecté : ${facts.cause?.endsWith("malicious") ? "oui" : "[oui / non / inconnu]"}.`,
        `Impact transfrontière possible : ${facts.crossBorder === null ? "[à compléter]" : or(facts.crossBorder, "aucun")}`,
      ];
    case "anssi-notification":
      return [
        ...entityHeader("Notification d'incident important à l'ANSSI / CSIRT — NIS2 article 23(4)(b)", facts, ctx),
        "Évaluation initiale (gravité et impact sur le service) : [utilisateurs touchés, durée, étendue géographique, pertes financières]",
        `Impact : ${or(facts.consequences)}`,
        "Indicateurs de compromission : [adresses IP, empreintes, comptes, domaines]",
        `Systèmes concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
      ];
    case "anssi-final-report":
      return [
        ...entityHeader("Rapport final à l'ANSSI / CSIRT — NIS2 article 23(4)(e)", facts, ctx),
        `Description détaillée, gravité et impact : ${or(facts.description)} ${or(facts.consequences, "")}`.trim(),
        `Type de menace ou cause profonde : origine ${lower(label(L.causes, facts.cause))}.`,
        `Mesures d'atténuation appliquées et en cours : ${or(facts.remedialMeasures)}`,
        `Impact transfrontière : ${facts.crossBorder === null ? "[à compléter]" : or(facts.crossBorder, "aucun")}`,
        `Confinement : ${w.contained}.`,
      ];
    case "service-recipients":
      return [
        `Information sur un incident important affectant nos services — ${ctx.organisation}`,
        "",
        `Nous vous informons qu'un incident de sécurité détecté le ${w.detected} peut affecter les services que nous vous fournissons.`,
        `Services concernés : ${facts.systems.join(", ") || "[à compléter]"}.`,
        `Ce que nous avons fait : ${or(facts.remedialMeasures)}`,
        "Mesures que vous pouvez prendre : [à compléter selon l'incident : solutions de repli, précautions]",
        `Contact : ${or(ctx.securityContact)}`,
        "(Directive NIS2 article 23(1) et 23(2).)",
      ];
  }
}

export function generateDraft(kind: DraftKind, facts: DraftFacts, ctx: DraftContext): string {
  return build(kind, facts, ctx).join("\n");
}
