import { adviceFor } from "./advice";
import { annexISection2, crossBorderText, otherProvidersText } from "./annex-i";
import { anssiDraft } from "./anssi";
import { formatLocal } from "../clocks/local-time";
import fr from "../messages.fr.json";
import type { ObligationId } from "../obligations/obligations";
import type { Nis2ImpactInput } from "../nis2-impact";

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
  "public-communication",
  "anssi-early-warning",
  "anssi-notification",
  "anssi-final-report",
  "service-recipients",
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_FOR_OBLIGATION: Record<ObligationId, DraftKind> = {
  "gdpr-33": "cnil-gdpr-33",
  "gdpr-34": "people",
  "gdpr-34-public": "public-communication",
  "eprivacy-611-initial": "cnil-611-initial",
  "eprivacy-611-second": "cnil-611-second",
  "eprivacy-611-subscribers": "people",
  "nis2-early-warning": "anssi-early-warning",
  "nis2-notification": "anssi-notification",
  "nis2-final-report": "anssi-final-report",
  "nis2-recipients": "service-recipients",
};

export { annexISection2 } from "./annex-i";

/** A processor of a linked register entry (Art. 28): who else took part in the processing. */
export interface DraftProvider {
  name: string;
  service: string;
  country: string;
  /** The register entry it serves (`TRT-0042`). */
  entry: string;
}

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
  /**
   * Annex I section 1, "relevant use of other providers": the processors of the linked register
   * entries; `null` when no register entry is linked (not known), `[]` when they have none.
   */
  providers: DraftProvider[] | null;
  /** NIS2 Art. 23(3): the impact on the service as assessed (the ANSSI drafts' severity); null: not assessed. */
  nis2Impact: Nis2ImpactInput | null;
  /** Transfers outside the EU recorded on the linked entries (a cross-border aspect to confirm). */
  transfers: { country: string; recipient: string; entry: string }[];
  /** Annex I section 2: the subscriber notification — sent, not required, or not decided (null). */
  subscriberNotice: "sent" | "not_required" | null;
  peopleCount: number | null;
  recordsCount: number | null;
  consequences: string;
  remedialMeasures: string;
  dataUnintelligible: boolean;
  unintelligibleEvidence: string | null;
  /** Art. 34(3)(c): where and when the public communication was published, once it was. */
  publicCommunication: { publishedAt: Date; publishedIn: string } | null;
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
export const label = (table: Record<string, string>, key: string | null | undefined) =>
  key ? (table[key] ?? "[à compléter]") : "[à compléter]";
export const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const severityText = (severity: DraftFacts["severity"]) =>
  severity ? `${String(severity.score).replace(".", ",")} — ${label(L.severity.band, severity.band)}` : null;

export const or = (value: string | null | undefined, fallback = "[à compléter]") =>
  value && value.trim() ? value.trim() : fallback;
const count = (n: number | null) => (n === null ? "[à compléter]" : `environ ${n.toLocaleString("fr-FR")}`);

export type DraftInstants = ReturnType<typeof when>;

function when(facts: DraftFacts, ctx: DraftContext) {
  const at = (d: Date | null) => (d ? `${formatLocal(d, "fr", ctx.timeZone)} (heure de Paris)` : "[à compléter]");
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
    `Recours à d'autres fournisseurs : ${otherProvidersText(facts)}`,
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
        `Aspects transfrontières : ${crossBorderText(facts) ?? "[à compléter]"}`,
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
    case "public-communication": {
      // Art. 34(3)(c): the same content as the individual notice (Art. 34(2)), addressed to the public.
      const { consequences: forThem, advice } = adviceFor(facts.dataCategoryKeys);
      return [
        `Communication publique — violation de données personnelles — ${ctx.organisation}`,
        "",
        `${ctx.organisation} informe ses clients et le public qu'un incident de sécurité a touché des données personnelles (${facts.dataCategories.join(", ") || "[données concernées]"}) de ${count(facts.peopleCount)} personnes (${facts.dataSubjectCategories.join(", ") || "[catégories de personnes]"}).`,
        `Ce qui s'est passé : ${or(facts.description)} L'incident date du ${w.occurred}.`,
        "Conséquences probables pour les personnes concernées :",
        ...(forThem.length ? forThem.map((c) => `- ${c}`) : ["- [à compléter]"]),
        `Ce que nous avons fait : ${or(facts.remedialMeasures)}`,
        "Ce que nous recommandons aux personnes concernées :",
        ...(advice.length ? advice.map((a) => `- ${a}`) : ["- [à compléter]"]),
        `Pour toute question : ${or(ctx.dpoName)}, délégué à la protection des données — ${or(ctx.dpoContact)}`,
        `Publication : ${facts.publicCommunication ? `${facts.publicCommunication.publishedIn}, le ${formatLocal(facts.publicCommunication.publishedAt, "fr", ctx.timeZone)} (heure de Paris)` : "[où et quand : site web, presse, espace client]"}`,
        "(RGPD article 34(3)(c) : communication publique à la place de l'information individuelle, efforts disproportionnés ; article 34(2) : langage clair et simple.)",
      ];
    }
    case "anssi-early-warning":
    case "anssi-notification":
    case "anssi-final-report":
      return anssiDraft(kind, facts, ctx, w);
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
