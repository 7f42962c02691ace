import type { Writable } from "node:stream";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organisation } from "@/db/schema";
import type { ExportContext } from "../contract";
import { formatInstant } from "./format";
import { pdfTranslator, type Translate } from "./i18n";
import { renderPdf } from "./render";
import { readSnapshot } from "./snapshot";
import type { PdfWriter } from "./writer";

export interface Organisation {
  name: string;
  dpoContact: string;
}

async function readOrganisation(db: Executor): Promise<Organisation> {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, 1));
  return { name: row?.name ?? "", dpoContact: row?.dpoContact ?? "" };
}

/** What a report's drawing function receives. */
export interface ReportPass {
  writer: PdfWriter;
  /** Reads of this report, all inside one read-only snapshot. */
  db: Executor;
  t: Translate;
  org: Organisation;
}

export interface ReportOptions {
  title: string;
  subject: string;
  /** The "as of" of the footer, already formatted. */
  asOf: string;
  /** Draws the body, and the cover and contents through `writer.front(...)` (drawn after the body). */
  draw: (pass: ReportPass) => Promise<void>;
}

/** A PDF report: one snapshot of the database, the organisation, the translator, the page frame. */
export async function writePdfReport(
  ctx: ExportContext,
  out: Writable,
  options: (t: Translate) => ReportOptions,
): Promise<void> {
  const t = await pdfTranslator(ctx.locale);
  const { title, subject, asOf, draw } = options(t);
  await readSnapshot(ctx.db, async (db) => {
    const org = await readOrganisation(db);
    const generatedAt = formatInstant(ctx.now, ctx.locale, ctx.timeZone);
    await renderPdf(
      out,
      { title, subject, author: org.name, locale: ctx.locale, now: ctx.now },
      {
        header: [org.name, title].filter(Boolean).join(" — "),
        footer: t("exportsPdf.footer", { title, asOf, generatedAt }),
        pageLabel: (page, total) =>
          total === null ? t("exportsPdf.pageFront", { page }) : t("exportsPdf.page", { page, total }),
      },
      (writer) => draw({ writer, db, t, org }),
    );
  });
}

/** The cover page: title, subtitle, then label / value lines (organisation, DPO, dates, scope...). */
export function drawCover(
  writer: PdfWriter,
  title: string,
  subtitle: string,
  rows: readonly (readonly [string, string])[],
): void {
  writer.newPage({ header: false });
  writer.space(120);
  writer.text(title, { size: 22, bold: true, color: "#12355b", after: 10 });
  writer.text(subtitle, { size: 11, color: "#333333", after: 30 });
  writer.fields(rows);
}

/** The table of contents on its own page(s): one line per `toc` heading the body drew, in the same order. */
export async function drawToc(
  writer: PdfWriter,
  t: Translate,
  entries: AsyncIterable<{ title: string; indent?: number }> | Iterable<{ title: string; indent?: number }>,
): Promise<void> {
  writer.newPage();
  writer.heading(t("exportsPdf.toc"), 1);
  let index = 0;
  for await (const entry of entries) {
    writer.tocLine(entry.title, index, { indent: entry.indent ?? 0 });
    index += 1;
    if (index % 500 === 0) await writer.drain();
  }
}
