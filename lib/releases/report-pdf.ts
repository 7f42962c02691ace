import type { Writable } from "node:stream";
import type { ExportContext } from "@/lib/exports/contract";
import { formatInstant } from "@/lib/exports/pdf/format";
import { drawCover, writePdfReport } from "@/lib/exports/pdf/report";
import type { PdfWriter } from "@/lib/exports/pdf/writer";
import type { Translate } from "@/lib/exports/pdf/i18n";
import type { ReleaseDetailDTO } from "./dto";
import type { CellExample } from "./review-summary";

/**
 * The review report of a release, drawn by the export machinery (lib/exports/pdf): the
 * parameters, each check's result and the cells concerned, the WP29 criteria, and the decision.
 */
const r = (key: string) => `releases.${key}`;

function examples(w: PdfWriter, t: Translate, title: string, rows: readonly CellExample[]) {
  if (rows.length === 0) return;
  w.text(title, { bold: true, size: 9 });
  const table = w.table([
    { header: t(r("cells.line")), width: 0.1 },
    { header: t(r("cells.area")), width: 0.3 },
    { header: t(r("cells.window")), width: 0.45 },
    { header: t(r("cells.count")), width: 0.15 },
  ]);
  for (const cell of rows)
    table.row([
      String(cell.line),
      [cell.area, ...cell.dims].join(" · "),
      `${cell.windowStart} → ${cell.windowEnd}`,
      String(cell.count),
    ]);
  table.end();
}

export async function writeReleaseReport(ctx: ExportContext, out: Writable, release: ReleaseDetailDTO): Promise<void> {
  const when = (iso: string) => formatInstant(iso, ctx.locale, ctx.timeZone);
  await writePdfReport(ctx, out, (t) => ({
    title: t(r("report.title"), { reference: release.reference }),
    subject: release.series,
    asOf: when(release.decision?.decidedAt ?? release.uploadedAt),
    draw: async ({ writer: w }) => {
      const s = release.summary;
      w.front(async () => {
        drawCover(w, t(r("report.title"), { reference: release.reference }), release.series, [
          [t(r("fields.recipient")), release.recipient],
          [t(r("fields.purpose")), release.purpose],
          [t(r("fields.entry")), `${release.entry.reference} — ${release.entry.name}`],
          [t(r("fields.legalBases")), release.entry.legalBases.join(", ") || "—"],
          [t(r("fields.objectionPurposes")), release.entry.objectionPurposes.map((p) => p.label).join(", ") || "—"],
          [t(r("fields.k")), String(release.k)],
          [t(r("fields.suppressDifferencing")), t(r(release.suppressDifferencing ? "yes" : "no"))],
          [t(r("fields.uploaded")), `${when(release.uploadedAt)} — ${release.uploadedBy}`],
          [t(r("fields.source")), `${release.sourceName} (${release.sourceSize} o) SHA-256 ${release.sourceSha256}`],
          [t(r("fields.file")), release.fileSha256 ? `SHA-256 ${release.fileSha256}` : "—"],
        ]);
      });
      w.newPage();
      w.heading(t(r("checks.title")), 1);
      w.fields([
        [t(r("checks.recordLevel")), s.refusal ? t(r(`refusals.${s.refusal.kind}`)) : t(r("checks.passed"))],
        [t(r("checks.cells")), t(r("checks.cellsValue"), { cells: s.cells, windows: s.windows })],
        [
          t(r("checks.primary")),
          t(r("checks.primaryValue"), { count: s.suppressed.primary, k: s.k, margins: s.margins.primary }),
        ],
        [
          t(r("checks.complementary")),
          t(r("checks.complementaryValue"), { count: s.suppressed.complementary, margins: s.margins.complementary }),
        ],
        [t(r("checks.audit")), t(r("checks.auditValue"), { audited: s.audit.audited, notAudited: s.audit.notAudited })],
        [t(r("checks.differencing")), t(r("checks.differencingValue"), { ...s.differencing })],
      ]);
      examples(w, t, t(r("checks.primary")), s.examples.primary);
      examples(w, t, t(r("checks.complementary")), s.examples.complementary);
      examples(w, t, t(r("checks.differencing")), s.examples.differencing);
      w.heading(t(r("criteria.title")), 1);
      for (const criterion of release.criteria) {
        w.text(`${t(r(`criteria.${criterion.name}`))} — ${t(r(`criteria.answers.${criterion.answer}`))}`, {
          bold: true,
        });
        w.text(t(r(`criteria.evidence.${criterion.name}`), criterion.evidence), { size: 9, after: 6 });
      }
      w.heading(t(r("decision.title")), 1);
      const decision = release.decision;
      if (!decision) w.text(t(r("decision.none")));
      else
        w.fields([
          [t(r("decision.decision")), t(r(`statuses.${decision.decision}`))],
          [t(r("decision.by")), `${decision.decidedBy} — ${when(decision.decidedAt)}`],
          [t(r("decision.rationale")), decision.rationale],
        ]);
    },
  }));
}
