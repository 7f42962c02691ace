import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import type { Locale } from "@/lib/register/catalogue/localized-text";
import type { XlsxColumnType, XlsxValue } from "../xlsx/cells";
import { wallClock } from "../xlsx/cells";
import type { RecordSheet } from "../xlsx/workbook";
import type { BreachRecord } from "./source";

/**
 * The breach register workbook (GDPR Art. 33(5), Reg. 611/2013 Art. 2(5) inventory): the facts and
 * ENISA severity of each incident, the decisions with their rationale, every clock with met / late
 * and the reason for a delay, and the notifications with the authority's reference.
 */
export type BreachSheet = RecordSheet<BreachRecord>;

type Column = readonly [fr: string, en: string, width: number, type?: XlsxColumnType];

function sheet(
  locale: Locale,
  names: readonly [string, string],
  columns: readonly Column[],
  rows: (record: BreachRecord, at: (d: Date | null) => Date | null) => XlsxValue[][],
  timeZone: string,
): BreachSheet {
  const all: Column[] = [["Référence", "Reference", 16], ["Incident", "Incident", 36], ...columns];
  return {
    spec: {
      name: locale === "en" ? names[1] : names[0],
      columns: all.map(([fr, en, width, type]) => ({ header: locale === "en" ? en : fr, width, type: type ?? "text" })),
    },
    rows: (record) =>
      rows(record, (d) => wallClock(d, timeZone)).map((cells) => [
        record.incident.reference,
        record.incident.title,
        ...cells,
      ]),
  };
}

const list = (values: readonly string[]) => values.join(" | ");

const facts = (locale: Locale, timeZone: string) =>
  sheet(
    locale,
    ["Incidents", "Incidents"],
    [
      ["Statut", "Status", 14],
      ["Violation de données personnelles", "Personal-data breach", 12, "boolean"],
      ["Service de communications électroniques", "Electronic communications service", 12, "boolean"],
      ["Significatif NIS2", "NIS2 significant", 12, "boolean"],
      ["Début", "Occurred from", 17, "datetime"],
      ["Fin", "Occurred to", 17, "datetime"],
      ["Dates estimées", "Estimated", 10, "boolean"],
      ["Détection", "Detected", 17, "datetime"],
      ["Prise de connaissance", "Awareness", 17, "datetime"],
      ["Motif", "Awareness reason", 30],
      ["Confinement", "Contained", 17, "datetime"],
      ["Clôture", "Closed", 17, "datetime"],
      ["Nature (CIA)", "Nature (CIA)", 24],
      ["Cause", "Cause", 20],
      ["Systèmes", "Systems", 30],
      ["Traitements concernés", "Register entries", 20],
      ["Catégories de données", "Data categories", 30],
      ["Personnes concernées", "People affected", 12, "number"],
      ["Enregistrements", "Records", 12, "number"],
      ["Données inintelligibles", "Data unintelligible", 12, "boolean"],
      ["Preuve", "Evidence", 30],
      ["Description", "Description", 50],
      ["Conséquences", "Consequences", 50],
      ["Mesures prises", "Remedial measures", 50],
      ["ENISA : DPC", "ENISA: DPC", 8, "number"],
      ["ENISA : EI", "ENISA: EI", 8, "number"],
      ["ENISA : CB", "ENISA: CB", 8, "number"],
      ["ENISA : score", "ENISA: score", 8, "number"],
      ["ENISA : gravité", "ENISA: severity", 12],
      ["ENISA : calcul", "ENISA: formula", 24],
      ["Motif du contexte", "Context reason", 30],
    ],
    ({ incident: i, severity: s }, at) => [
      [
        i.status,
        i.personalData,
        i.telecomService,
        i.nis2Significant,
        at(i.occurredFrom),
        at(i.occurredTo),
        i.occurrenceEstimated,
        at(i.detectedAt),
        at(i.awareAt),
        i.awarenessReason,
        at(i.containedAt),
        at(i.closedAt),
        list(i.categories),
        i.cause,
        list(i.systems),
        list(i.registerRefs),
        list(i.dataCategories),
        i.peopleCount,
        i.recordsCount,
        i.dataUnintelligible,
        i.unintelligibleEvidence,
        i.description,
        i.consequences,
        i.remedialMeasures,
        s?.dpc,
        s?.easeOfIdentification,
        s?.circumstances,
        s?.score,
        s?.band,
        s?.formula,
        i.severity?.contextReason,
      ],
    ],
    timeZone,
  );

/** One row per decision the DPO recorded: risk, notify the authority, inform the people, Art. 34(3) exception, overrides. */
const decisions = (locale: Locale, timeZone: string) =>
  sheet(
    locale,
    ["Décisions", "Decisions"],
    [
      ["Décision", "Decision", 28],
      ["Valeur", "Value", 16],
      ["Justification", "Rationale", 60],
    ],
    ({ incident: i }) => {
      const rows: XlsxValue[][] = [];
      if (i.riskLevel) rows.push(["risk_level", i.riskLevel, ""]);
      if (i.notifyAuthority !== null) rows.push(["notify_authority", i.notifyAuthority, i.notifyAuthorityRationale]);
      if (i.informPeople !== null) rows.push(["inform_people", i.informPeople, i.informPeopleRationale]);
      if (i.art34Exception) rows.push(["art34_exception", i.art34Exception, ""]);
      for (const o of i.overrides) rows.push([`override:${o.obligation}`, o.applies, o.reason]);
      return rows;
    },
    timeZone,
  );

const HOUR = 3_600_000;

/** Every clock of every regime, applicable or not (with the reason), met / late / pending / overdue. */
const clocks = (locale: Locale, timeZone: string) =>
  sheet(
    locale,
    ["Délais", "Clocks"],
    [
      ["Obligation", "Obligation", 24],
      ["Régime", "Regime", 10],
      ["Destinataire", "Addressee", 14],
      ["Base légale", "Legal reference", 28],
      ["Applicable", "Applies", 10, "boolean"],
      ["Motif", "Reason", 30],
      ["Départ", "Starts", 17, "datetime"],
      ["Échéance", "Due", 17, "datetime"],
      ["Type d'échéance", "Due kind", 16],
      ["État", "Status", 14],
      ["Envoyé le", "Sent", 17, "datetime"],
      ["Retard (heures)", "Late by (hours)", 12, "number"],
      ["Motif du retard", "Reason for delay", 50],
    ],
    ({ clocks: list }, at) =>
      list.map((c) => [
        c.id,
        c.rule?.regime,
        c.rule?.authority,
        c.rule ? legalReferenceIn(c.rule.legalReference, locale) : undefined,
        c.applies,
        c.notApplicableReason,
        at(c.startAt),
        at(c.dueAt),
        c.dueKind,
        c.status,
        at(c.notification?.sentAt ?? null),
        c.lateByMs === null ? null : Math.round((c.lateByMs / HOUR) * 100) / 100,
        c.notification?.delayReason,
      ]),
    timeZone,
  );

const notifications = (locale: Locale, timeZone: string) =>
  sheet(
    locale,
    ["Notifications", "Notifications"],
    [
      ["Obligation", "Obligation", 24],
      ["Envoyée le", "Sent", 17, "datetime"],
      ["Référence de l'autorité", "Authority's reference", 24],
      ["Complète", "Complete", 10, "boolean"],
      ["Motif du retard", "Reason for delay", 50],
      ["Enregistrée par", "Recorded by", 24],
      ["Enregistrée le", "Recorded", 17, "datetime"],
    ],
    ({ notifications: sent }, at) =>
      sent.map((n) => [
        n.obligation,
        at(n.sentAt),
        n.reference,
        n.complete,
        n.delayReason,
        n.recordedBy,
        at(n.recordedAt),
      ]),
    timeZone,
  );

export function breachSheets(locale: Locale, timeZone: string): BreachSheet[] {
  return [
    facts(locale, timeZone),
    decisions(locale, timeZone),
    clocks(locale, timeZone),
    notifications(locale, timeZone),
  ];
}
