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

/** What a report draws; called twice (counting pass, then the real one) with the same `memo`. */
export type PdfBuild<M> = (writer: PdfWriter, pass: 1 | 2, memo: M) => Promise<void>;

function createDocument(info: PdfInfo, compress = true): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    compress,
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
 * Pass 1: lay the document out without drawing (text is measured and broken into lines and pages,
 * nothing is written), to learn the page count and the page of each TOC entry.
 */
async function countingPass<M>(info: PdfInfo, layout: PdfLayout, build: PdfBuild<M>, memo: M) {
  const doc = createDocument(info, false);
  doc.on("data", () => {});
  const ended = once(doc, "end");
  const writer = new PdfWriter(doc, {
    ...layout,
    totalPages: null,
    tocPages: null,
    drain: () => Promise.resolve(releaseLayoutCaches(doc)),
    dry: true,
  });
  await build(writer, 1, memo);
  doc.end();
  await ended;
  return { totalPages: writer.page, tocPages: writer.tocHits };
}

/**
 * Render a PDF to `out` in constant memory. A table of contents and "page N / M" need the page
 * count before the pages are written, so the document is laid out twice: a first pass only lays
 * out (measures and breaks, draws nothing) and keeps only the page count and the page number of each TOC entry (one number
 * per entry), then the second pass writes for real with those numbers. pdfkit writes each page
 * as soon as the next one starts (no page buffering); `drain()` between batches of rows waits
 * for `out` (back-pressure). `out` is never ended. Data must not change between the passes:
 * callers read inside one snapshot (see `readSnapshot`).
 */
export async function renderPdf<M>(
  out: Writable,
  info: PdfInfo,
  layout: PdfLayout,
  build: PdfBuild<M>,
  memo: M,
): Promise<{ pages: number }> {
  const counted = await countingPass(info, layout, build, memo);
  const doc = createDocument(info);
  let failure: Error | null = null;
  out.on("error", (error) => (failure = error));
  doc.on("data", (chunk: Buffer) => out.write(chunk));
  const ended = once(doc, "end");
  const drain = async () => {
    if (failure) throw failure;
    releaseLayoutCaches(doc);
    if (out.writableNeedDrain) await once(out, "drain");
  };
  const writer = new PdfWriter(doc, { ...layout, ...counted, drain, dry: false });
  await build(writer, 2, memo);
  if (writer.page !== counted.totalPages || writer.tocHits.length !== counted.tocPages.length) {
    throw new Error(
      `PDF layout changed between passes (${counted.totalPages} → ${writer.page} pages): the data moved during the export`,
    );
  }
  doc.end();
  await ended;
  await drain();
  return { pages: writer.page };
}
