import { once } from "node:events";
import type { Writable } from "node:stream";
import PDFDocument from "pdfkit";
import { fontFile, PDF_FONTS } from "./fonts";
import { PdfWriter, type WriterOptions } from "./writer";

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  locale: "fr" | "en";
  /** The document's creation date (the export's `now`, so two runs on the same data match). */
  now: Date;
}

export type PdfLayout = Pick<WriterOptions, "header" | "footer" | "pageLabel">;

/** What a report draws: its body, and its front matter through `writer.front(...)`. */
export type PdfBuild = (writer: PdfWriter) => Promise<void>;

function createDocument(info: PdfInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    compress: true,
    autoFirstPage: false,
    size: "A4",
    lang: info.locale === "fr" ? "fr-FR" : "en-GB",
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Producer: "Vigie",
      Creator: "Vigie",
      CreationDate: info.now,
      ModDate: info.now,
    },
  });
  for (const [name, key] of Object.entries(PDF_FONTS)) doc.registerFont(name, fontFile(key));
  return doc;
}

/** Bytes of the file handed to `out` at once. */
const OUTPUT_BATCH = 64 * 1024;

/** Words whose shaping pdfkit may keep per font before its cache is emptied. */
const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * pdfkit keeps the shaping of every word it has set, per font, for the whole document (its
 * `layoutCache`): memory that grows with the data. Between batches of rows, a font's cache
 * past LAYOUT_CACHE_LIMIT words is emptied (the common words come back at once).
 */
function releaseLayoutCaches(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (!font.layoutCache) continue;
    let words = 0;
    for (const _ in font.layoutCache) if (++words > LAYOUT_CACHE_LIMIT) break;
    if (words > LAYOUT_CACHE_LIMIT) font.layoutCache = Object.create(null);
  }
}

/**
 * Render a PDF to `out` in constant memory, laying it out once. The body is written first, page
 * by page, as it is laid out: pdfkit writes each page as soon as the next one starts, and
 * `drain()` between batches of rows waits for `out` (back-pressure). Each body page shows
 * "Page N / M" through a small form whose content is written at the end, once M is known. Then the
 * front matter (cover, table of contents with each section's page, figures the body counted) is
 * drawn on pages numbered i, ii, … and moved before the body in the page tree (a PDF's page order is
 * its page tree's, not the order its objects are written in). `out` is never ended. The table of
 * contents is read again after the body: callers read inside one snapshot (see `readSnapshot`).
 */
export async function renderPdf(
  out: Writable,
  info: PdfInfo,
  layout: PdfLayout,
  build: PdfBuild,
): Promise<{ pages: number }> {
  const doc = createDocument(info);
  let failure: Error | null = null;
  out.on("error", (error) => (failure = error));
  // pdfkit emits every line of the file as its own chunk: they reach `out` in batches.
  const batch: Buffer[] = [];
  let batched = 0;
  const flush = () => {
    if (batched === 0) return;
    out.write(batch.length === 1 ? batch[0] : Buffer.concat(batch, batched));
    batch.length = 0;
    batched = 0;
  };
  doc.on("data", (chunk: Buffer) => {
    batch.push(chunk);
    batched += chunk.length;
    if (batched >= OUTPUT_BATCH) flush();
  });
  doc.on("end", flush);
  const ended = once(doc, "end");
  const drain = async () => {
    if (failure) throw failure;
    flush();
    releaseLayoutCaches(doc);
    if (out.writableNeedDrain) await once(out, "drain");
  };
  const writer = new PdfWriter(doc, { ...layout, drain });
  await build(writer);
  const pages = await writer.finish();
  if (writer.tocLines > 0 && writer.tocLines !== writer.tocHits.length) {
    throw new Error(
      `The table of contents has ${writer.tocLines} lines for ${writer.tocHits.length} sections: the data moved during the export`,
    );
  }
  doc.end();
  await ended;
  await drain();
  return { pages };
}
