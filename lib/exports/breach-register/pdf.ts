import { assertCan } from "@/lib/auth/guard";
import { loadIncidentSettings } from "@/lib/incidents/store";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ReportRenderer } from "../contract";
import { drawClocks, drawFacts, drawNotifications, drawSeverityAndDecisions } from "../incident/pdf-sections";
import { withClocks } from "../incident/pdf-data";
import { formatDay, formatInstant } from "../pdf/format";
import { drawCover, drawToc, writePdfReport } from "../pdf/report";
import { breachRegisterRows, countBreaches } from "./source";

const k = (key: string) => `exportsPdf.incidents.${key}`;

/**
 * The breach register (GDPR Art. 33(5), Reg. 611/2013 Art. 2(5) inventory) for a period: every
 * personal-data breach detected in it, notified or not, with its facts, effects, remedial action,
 * ENISA severity, the decisions with their rationale, every clock with met / late and the reasons
 * for delay, and the notifications with the authority's reference. The same selection as the
 * XLSX (`breachRegisterRows`), read by keyset pages of 50.
 */
export const breachRegisterPdfRenderer: ReportRenderer = {
  kind: "breach-register",
  formats: ["pdf"],
  fileName: (scope, _format, now) =>
    `registre-des-violations-${scope.from ?? "origine"}-${scope.to ?? isoDateInZone(now)}.pdf`,
  async render(ctx, scope, _format, out) {
    assertCan(ctx.actor, "incidents:read");
    const selection = { from: scope.from ?? null, to: scope.to ?? null };
    const pages = (db: Parameters<typeof breachRegisterRows>[0]) =>
      breachRegisterRows(db, selection, { timeZone: ctx.timeZone, pageSize: 50 });
    const memo = { count: 0 };
    await writePdfReport(ctx, out, (t) => ({
      title: t(k("breachTitle")),
      subject: t(k("breachSubtitle")),
      asOf: formatInstant(ctx.now, ctx.locale, ctx.timeZone),
      async draw({ writer, db, org }) {
        const settings = await loadIncidentSettings(db);
        const c = { t, locale: ctx.locale, timeZone: ctx.timeZone, settings };
        const period =
          scope.from || scope.to
            ? t("exportsPdf.periodValue", {
                from: formatDay(scope.from),
                to: formatDay(scope.to ?? isoDateInZone(ctx.now, ctx.timeZone)),
              })
            : t("exportsPdf.allTime");
        writer.front(async () => {
          drawCover(writer, t(k("breachTitle")), t(k("breachSubtitle")), [
            [t("exportsPdf.organisation"), org.name || "—"],
            [t("exportsPdf.dpo"), org.dpoContact || "—"],
            [t("exportsPdf.generatedAt"), `${formatInstant(ctx.now, ctx.locale, ctx.timeZone)} — ${ctx.actor.name}`],
            [t("exportsPdf.period"), period],
            ["", t(k("breachCount"), { count: memo.count })],
          ]);
          await drawToc(
            writer,
            t,
            (async function* () {
              for await (const rows of pages(db))
                for (const row of rows)
                  yield { title: t(k("entryTitle"), { reference: row.reference, title: row.title }) };
            })(),
          );
        });
        const total = await countBreaches(db, selection, { timeZone: ctx.timeZone });
        let done = 0;
        for await (const rows of pages(db)) {
          for (const { row, notifications, clocks } of await withClocks(db, rows, settings, ctx.now)) {
            writer.newPage();
            writer.heading(t(k("entryTitle"), { reference: row.reference, title: row.title }), 2, { toc: true });
            drawFacts(writer, c, row, clocks);
            drawSeverityAndDecisions(writer, c, row);
            drawClocks(writer, c, clocks);
            drawNotifications(writer, c, notifications);
          }
          done += rows.length;
          ctx.onProgress?.(done, total);
          await writer.drain();
        }
        if (done === 0) {
          writer.newPage();
          writer.text(t(k("breachEmpty")));
        }
        memo.count = done;
      },
    }));
  },
};
