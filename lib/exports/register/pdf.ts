import { assertCan } from "@/lib/auth/guard";
import { isoDateInZone, startOfDayInZone } from "@/lib/time/zone-days";
import type { ExportScope, ReportRenderer } from "../contract";
import { fileSafe, formatDay, formatInstant } from "../pdf/format";
import { drawCover, drawToc, writePdfReport } from "../pdf/report";
import { drawRegisterEntry } from "./pdf-entry";
import { countEntries, registerPages, type RegisterPart, type RegisterSelection } from "./pdf-data";

const PARTS: readonly RegisterPart[] = ["controller", "processor"];

/** Figures of the cover, gathered while the body is laid out (the cover is drawn after it). */
interface RegisterMemo {
  counts: Record<RegisterPart, number>;
  scoreSum: number;
  scored: number;
}

/**
 * The register of processing activities as an authority-ready PDF (GDPR Art. 30(3)-(4)): cover
 * (organisation, DPO, dates, "as of", completeness), table of contents, then the controller's
 * record (Art. 30(1)) and the processor's record (Art. 30(2)), one section per entry with every
 * Art. 30 item in the order of the law, retention against its legal ceiling, DPIA status.
 * French or English by the reader's language. Entries are read by keyset pages of 100.
 */
export const registerPdfRenderer: ReportRenderer = {
  kind: "register",
  formats: ["pdf"],
  fileName: (scope: ExportScope, _format, now) =>
    `registre-des-traitements-${scope.reference ? `${fileSafe(scope.reference)}-` : ""}${scope.asOf ?? isoDateInZone(now)}.pdf`,
  async render(ctx, scope, _format, out) {
    assertCan(ctx.actor, "register:read");
    const today = isoDateInZone(ctx.now, ctx.timeZone);
    const asOf = scope.asOf ?? null;
    const selection = (part: RegisterPart): RegisterSelection => ({
      part,
      activeOnly: scope.activeOnly ?? false,
      reference: scope.reference ?? null,
      asOf,
      timeZone: ctx.timeZone,
    });
    const p = (key: string) => `exportsPdf.register.${key}`;
    // Completeness (overdue reviews) is judged at the end of the "as of" day for a past register.
    const judgedAt = asOf ? startOfDayInZone(asOf, ctx.timeZone, 1) : ctx.now;
    const memo: RegisterMemo = { counts: { controller: 0, processor: 0 }, scoreSum: 0, scored: 0 };
    await writePdfReport(ctx, out, (t) => ({
      title: t(p("title")),
      subject: t(p("subtitle")),
      asOf: formatDay(asOf ?? today),
      async draw({ writer, db, org }) {
        writer.front(async () => {
          const total = memo.counts.controller + memo.counts.processor;
          drawCover(writer, t(p("title")), t(p("subtitle")), [
            [t("exportsPdf.organisation"), org.name || "—"],
            [t("exportsPdf.dpo"), org.dpoContact || "—"],
            [t("exportsPdf.generatedAt"), `${formatInstant(ctx.now, ctx.locale, ctx.timeZone)} — ${ctx.actor.name}`],
            [
              t("exportsPdf.asOf"),
              asOf ? t(p("asOfHistory"), { day: formatDay(asOf) }) : t(p("asOfCurrent"), { day: formatDay(today) }),
            ],
            [t("exportsPdf.scope"), t(p(scope.activeOnly ? "scopeActive" : "scopeAll"))],
            [
              t(p("completeness")),
              memo.scored > 0
                ? t(p("scoreValue"), { score: Math.round(memo.scoreSum / memo.scored) })
                : t(p("completenessNone")),
            ],
            ["", t(p("counts"), { total, controller: memo.counts.controller, processor: memo.counts.processor })],
          ]);
          await drawToc(
            writer,
            t,
            (async function* () {
              for (const part of PARTS) {
                yield { title: t(p(`${part}Part`)) };
                for await (const rows of registerPages(db, selection(part), { titlesOnly: true })) {
                  for (const row of rows)
                    yield {
                      title: t(p("entryTitle"), { reference: row.reference, name: row.content.name }),
                      indent: 14,
                    };
                }
              }
            })(),
          );
        });
        // Entries are counted as they are drawn; progress counts against the register's size.
        const total = await countEntries(db, PARTS.map(selection));
        let done = 0;
        for (const part of PARTS) {
          writer.newPage();
          writer.heading(t(p(`${part}Part`)), 1, { toc: true });
          let count = 0;
          for await (const rows of registerPages(db, selection(part))) {
            for (const row of rows) {
              // One entry per page (from the second on: the first shares the part's title page).
              if (count > 0) writer.newPage();
              const score = drawRegisterEntry(
                writer,
                { t, locale: ctx.locale, day: asOf ?? today, now: judgedAt, timeZone: ctx.timeZone },
                row,
              );
              count += 1;
              if (row.status !== "retired") {
                memo.scoreSum += score;
                memo.scored += 1;
              }
            }
            done += rows.length;
            ctx.onProgress?.(done, total);
            await writer.drain();
          }
          if (count === 0) writer.text(t(p("emptyPart")));
          memo.counts[part] = count;
        }
      },
    }));
  },
};
