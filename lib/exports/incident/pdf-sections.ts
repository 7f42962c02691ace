import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import type { incidentNotifications } from "@/db/schema";
import type { IncidentRow, IncidentSettings } from "@/lib/incidents/clocks/facts";
import { computeSeverity } from "@/lib/incidents/severity";
import { regimesOf } from "@/lib/incidents/summary";
import type { ObligationClock } from "@/lib/incidents/types";
import { getDataCategory, DATA_CATEGORY_KEYS, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import { formatInstant, formatUtc } from "../pdf/format";
import type { Translate } from "../pdf/i18n";
import type { PdfWriter } from "../pdf/writer";

type NotificationRow = typeof incidentNotifications.$inferSelect;

/** What the incident sections need besides the incident. */
export interface IncidentPdfContext {
  t: Translate;
  locale: "fr" | "en";
  timeZone: string;
  settings: IncidentSettings;
}

const k = (key: string) => `exportsPdf.incidents.${key}`;

function yesNo(c: IncidentPdfContext, value: boolean | null): string {
  return value === null ? c.t("incidents.decision.notDecided") : c.t(value ? "exportsPdf.yes" : "exportsPdf.no");
}

function lines(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.join("\n");
}

function dataCategoryLabel(key: string, locale: "fr" | "en"): string {
  return (DATA_CATEGORY_KEYS as readonly string[]).includes(key)
    ? getDataCategory(key as DataCategoryKey).label[locale]
    : key;
}

/** The facts of a breach (Art. 33(3)(a), 611/2013 Annex I): what, when, how many, which data and systems, and how it was qualified. */
export function drawFacts(
  w: PdfWriter,
  c: IncidentPdfContext,
  row: IncidentRow,
  clocks: readonly ObligationClock[],
): void {
  const at = (value: Date | null) =>
    value ? formatInstant(value, c.locale, c.timeZone) : c.t("exportsPdf.notRecorded");
  const none = c.t("exportsPdf.none");
  const count = (value: number | null) => (value === null ? c.t("exportsPdf.notRecorded") : String(value));
  const occurred = row.occurredFrom
    ? `${row.occurredTo ? c.t(k("occurredRange"), { from: at(row.occurredFrom), to: at(row.occurredTo) }) : at(row.occurredFrom)}${row.occurrenceEstimated ? ` ${c.t(k("estimated"))}` : ""}`
    : c.t("exportsPdf.notRecorded");
  w.heading(c.t(k("facts")), 3);
  w.fields([
    [c.t(k("title")), row.title],
    [c.t(k("status")), c.t(`incidents.incidentStatus.${row.status}`)],
    [c.t(k("description")), row.description || none],
    [c.t(k("occurred")), occurred],
    [c.t(k("detected")), `${at(row.detectedAt)} (${formatUtc(row.detectedAt)})`],
    [c.t(k("awareness")), row.awareAt ? `${at(row.awareAt)} (${formatUtc(row.awareAt)})` : c.t(k("awarenessMissing"))],
    [c.t(k("awarenessReason")), row.awarenessReason || none],
    [c.t(k("contained")), at(row.containedAt)],
    [
      c.t(k("categories")),
      lines(
        row.categories.map((x) => c.t(`incidents.categories.${x}`)),
        none,
      ),
    ],
    [c.t(k("cause")), row.cause ? c.t(`incidents.causes.${row.cause}`) : c.t("exportsPdf.notRecorded")],
    [
      c.t(k("dataCategories")),
      lines(
        row.dataCategories.map((x) => dataCategoryLabel(x, c.locale)),
        none,
      ),
    ],
    [c.t(k("people")), count(row.peopleCount)],
    [c.t(k("records")), count(row.recordsCount)],
    [c.t(k("systems")), lines(row.systems, none)],
    [c.t(k("registerRefs")), lines(row.registerRefs, none)],
    [
      c.t(k("regimes")),
      lines(
        regimesOf(clocks).map((x) => c.t(`incidents.regimes.${x}`)),
        none,
      ),
    ],
    [
      c.t(k("flags")),
      [
        `${c.t(k("personalData"))} : ${yesNo(c, row.personalData)}`,
        `${c.t(k("telecomService"))} : ${yesNo(c, row.telecomService)}`,
        `${c.t(k("nis2Significant"))} : ${yesNo(c, row.nis2Significant)}`,
        `${c.t(k("unintelligible"))} : ${yesNo(c, row.dataUnintelligible)}${row.unintelligibleEvidence ? ` — ${row.unintelligibleEvidence}` : ""}`,
      ].join("\n"),
    ],
    [c.t(k("risk")), row.riskLevel ? c.t(k(`riskLevels.${row.riskLevel}`)) : c.t("exportsPdf.notRecorded")],
    [c.t(k("effects")), row.consequences || none],
    [c.t(k("remedial")), row.remedialMeasures || none],
  ]);
}

/** ENISA severity, the DPO's decisions with their rationale, the Art. 34(3) exception and the obligation overrides. */
export function drawSeverityAndDecisions(w: PdfWriter, c: IncidentPdfContext, row: IncidentRow): void {
  const severity = row.severity ? computeSeverity(row.severity, { suggestions: c.settings.severitySuggestions }) : null;
  const decision = (value: boolean | null, rationale: string | null) =>
    c.t(k("decisionLine"), { decision: yesNo(c, value), rationale: rationale || c.t("exportsPdf.notRecorded") });
  w.heading(c.t(k("decisions")), 3);
  w.fields([
    [
      c.t(k("severity")),
      severity
        ? c.t(k("severityValue"), {
            formula: severity.formula,
            band: c.t(`incidents.severity.band.${severity.band}`),
            suggestion: c.t(`incidents.severity.suggestion.${severity.suggestion}`),
          })
        : c.t(k("severityNone")),
    ],
    [c.t("incidents.decision.notifyAuthority"), decision(row.notifyAuthority, row.notifyAuthorityRationale)],
    [c.t("incidents.decision.informPeople"), decision(row.informPeople, row.informPeopleRationale)],
    [
      c.t(k("art34Exception")),
      row.art34Exception ? c.t(`incidents.decision.exceptions.${row.art34Exception}`) : c.t("exportsPdf.none"),
    ],
    [
      c.t(k("overrides")),
      lines(
        row.overrides.map((o) =>
          c.t(k("overrideLine"), {
            obligation: c.t(`incidents.obligations.${o.obligation}`),
            applies: c.t(k(o.applies ? "applies" : "notApplies")),
            reason: o.reason,
          }),
        ),
        c.t("exportsPdf.none"),
      ),
    ],
  ]);
}

/** Every clock: obligation and authority, start, due (local and UTC), status met / late / ..., the notification and the reasons. */
export function drawClocks(w: PdfWriter, c: IncidentPdfContext, clocks: readonly ObligationClock[]): void {
  const col = (key: string) => c.t(k(`clockColumns.${key}`));
  const at = (value: Date | null) => (value ? formatInstant(value, c.locale, c.timeZone) : "—");
  w.heading(c.t(k("clocks")), 3);
  const table = w.table([
    { header: col("obligation"), width: 0.19 },
    { header: col("start"), width: 0.14 },
    { header: col("due"), width: 0.16 },
    { header: col("status"), width: 0.13 },
    { header: col("done"), width: 0.14 },
    { header: col("why"), width: 0.24 },
  ]);
  for (const clock of clocks) {
    const rule = clock.rule;
    const sent = clock.notification;
    const notes = clock.messageKeys.map((key) => c.t(key));
    if (sent?.delayReason) notes.push(c.t(k("delayReason"), { reason: sent.delayReason }));
    else if (clock.delayReasonRequired) notes.push(c.t(k("delayReasonMissing")));
    table.row([
      [
        c.t(`incidents.obligations.${clock.id}`),
        rule
          ? `${c.t(`incidents.authorities.${rule.authority}`)} · ${legalReferenceIn(rule.legalReference, c.locale)}`
          : "",
      ]
        .filter(Boolean)
        .join("\n"),
      [c.t(`incidents.startEvents.${clock.startEvent}`), at(clock.startAt)].join("\n"),
      clock.dueAt
        ? [
            at(clock.dueAt),
            formatUtc(clock.dueAt),
            clock.dueKind === "internal_target" ? c.t("incidents.detail.internalTarget") : "",
          ]
            .filter(Boolean)
            .join("\n")
        : "—",
      c.t(`incidents.status.${clock.status}`),
      sent
        ? [
            c.t(k("sent"), { at: at(sent.sentAt) }),
            clock.lateByMs !== null ? c.t(k("lateBy"), { hours: Math.ceil(clock.lateByMs / 3_600_000) }) : "",
          ]
            .filter(Boolean)
            .join("\n")
        : "—",
      notes.join("\n") || "—",
    ]);
  }
  table.end();
}

/** The notifications recorded: obligation, when sent, the authority's reference, complete or initial, reasons for a delay. */
export function drawNotifications(
  w: PdfWriter,
  c: IncidentPdfContext,
  notifications: readonly NotificationRow[],
): void {
  const col = (key: string) => c.t(k(`notificationColumns.${key}`));
  w.heading(c.t(k("notifications")), 3);
  if (notifications.length === 0) {
    w.text(c.t(k("notificationsNone")), { indent: 8 });
    return;
  }
  const table = w.table([
    { header: col("obligation"), width: 0.29 },
    { header: col("sentAt"), width: 0.16 },
    { header: col("reference"), width: 0.18 },
    { header: col("complete"), width: 0.12 },
    { header: col("delay"), width: 0.25 },
  ]);
  for (const n of notifications) {
    table.row([
      c.t(`incidents.obligations.${n.obligation}`),
      formatInstant(n.sentAt, c.locale, c.timeZone),
      n.reference || "—",
      yesNo(c, n.complete),
      n.delayReason || "—",
    ]);
  }
  table.end();
}
