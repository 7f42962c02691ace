import { PassThrough } from "node:stream";
import { extractText, getDocumentProxy } from "unpdf";
import { roman } from "./page-numbers";

/** Collects what a renderer writes (tests only). */
export function collect(): { out: PassThrough; bytes: () => Buffer } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { out, bytes: () => Buffer.concat(chunks) };
}

/** The text of each page of a PDF, as a reader's tool extracts it (unpdf / pdf.js). */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** Extracted text with runs of white space folded, for `toContain` checks across line breaks. */
export function folded(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Message keys that leaked into a document (a missing translation prints its key): none expected. */
export function leakedMessageKeys(text: string): string[] {
  return text.match(/\b(?:exportsPdf|register|incidents|consent)\.[A-Za-z_]+(?:\.[A-Za-z_-]+)+/g) ?? [];
}

/**
 * Pages whose footer does not number them as printed documents are: the front matter (cover,
 * contents) "Page i", "Page ii"…, then the body "Page 1 / M"…"Page M / M". Empty when all do.
 */
export function misnumberedPages(pages: readonly string[], frontPages: number): string[] {
  const bodyPages = pages.length - frontPages;
  return pages.flatMap((text, index) => {
    const expected = index < frontPages ? `Page ${roman(index + 1)}` : `Page ${index - frontPages + 1} / ${bodyPages}`;
    const found = folded(text).includes(expected) && (index >= frontPages || !/Page \S+ \/ \d/.test(folded(text)));
    return found ? [] : [`page ${index + 1}: no "${expected}"`];
  });
}

/** The page labels a viewer shows (the PDF's /PageLabels), e.g. ["i", "ii", "1", "2"]. */
export async function viewerPageLabels(bytes: Buffer): Promise<string[] | null> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return pdf.getPageLabels();
}

/** How many pages come before the body's "Page 1 / M" (the cover and contents). */
export function frontPageCount(pages: readonly string[]): number {
  return pages.findIndex((text) => /Page 1 \/ \d+/.test(folded(text)));
}
