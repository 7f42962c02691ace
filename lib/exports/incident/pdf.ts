import { ActionError } from "@/lib/action";
import { assertCan } from "@/lib/auth/guard";
import { loadIncidentSettings } from "@/lib/incidents/store";
import type { ReportRenderer } from "../contract";
import { fileSafe, formatInstant } from "../pdf/format";
import { drawCover, writePdfReport } from "../pdf/report";
import { findIncident, timelineOf, withClocks } from "./pdf-data";
import {
  drawClocks,
  drawFacts,
  drawNotifications,
  drawSeverityAndDecisions,
  type IncidentPdfContext,
} from "./pdf-sections";

const k = (key: string) => `exportsPdf.incidents.${key}`;

/**
 * One incident's file, ready to show the CNIL or ANSSI: facts, severity and decisions, every legal
 * clock (met / late, reasons for delay), the timeline, and every notification with the text that
 * was sent (the stored draft). Clocks are computed at the export's `now`.
 */
export const incidentPdfRenderer: ReportRenderer = {
  kind: "incident",
  formats: ["pdf"],
  fileName: (scope) => `incident-${fileSafe(scope.reference ?? "")}.pdf`,
  async render(ctx, scope, _format, out) {
    assertCan(ctx.actor, "incidents:read");
    const reference = scope.reference ?? "";
    await writePdfReport(ctx, out, (t) => ({
      title: t(k("incidentTitle"), { reference }),
      subject: t(k("incidentSubtitle")),
      asOf: formatInstant(ctx.now, ctx.locale, ctx.timeZone),
      async draw({ writer, db, org }) {
        const row = await findIncident(db, reference);
        if (!row) throw new ActionError("NOT_FOUND", "incidents.errors.notFound");
        const settings = await loadIncidentSettings(db);
        const [file] = await withClocks(db, [row], settings, ctx.now);
        const { notifications, clocks } = file!;
        const c: IncidentPdfContext = { t, locale: ctx.locale, timeZone: ctx.timeZone, settings };
        const at = (value: Date) => formatInstant(value, ctx.locale, ctx.timeZone);
        writer.front(async () => {
          drawCover(writer, t(k("incidentTitle"), { reference }), row.title, [
            [t("exportsPdf.organisation"), org.name || "—"],
            [t("exportsPdf.dpo"), org.dpoContact || "—"],
            [t("exportsPdf.generatedAt"), `${at(ctx.now)} — ${ctx.actor.name}`],
            [t(k("status")), t(`incidents.incidentStatus.${row.status}`)],
            [t(k("detected")), at(row.detectedAt)],
          ]);
        });
        writer.newPage();
        writer.heading(t(k("entryTitle"), { reference: row.reference, title: row.title }), 1);
        drawFacts(writer, c, row, clocks);
        drawSeverityAndDecisions(writer, c, row);
        drawClocks(writer, c, clocks);
        drawNotifications(writer, c, notifications);
        writer.heading(t(k("timeline")), 3);
        const col = (key: string) => t(k(`timelineColumns.${key}`));
        const table = writer.table([
          { header: col("at"), width: 0.17 },
          { header: col("kind"), width: 0.15 },
          { header: col("text"), width: 0.46 },
          { header: col("recorded"), width: 0.22 },
        ]);
        for (const entry of await timelineOf(db, row.id)) {
          table.row([
            at(entry.at),
            t(`incidents.timeline.kinds.${entry.kind}`),
            entry.text || "—",
            t(k("recordedBy"), { by: entry.recordedBy, at: at(entry.recordedAt) }),
          ]);
        }
        table.end();
        for (const n of notifications) {
          writer.heading(
            t(k("notificationTitle"), { obligation: t(`incidents.obligations.${n.obligation}`), at: at(n.sentAt) }),
            3,
          );
          writer.text(`${t(k("notificationColumns.reference"))} : ${n.reference || "—"}`, { bold: true });
          writer.text(t(k("draftSent")), { bold: true });
          writer.text(n.draft || t(k("draftMissing")), { indent: 8 });
        }
      },
    }));
  },
};
