import { PassThrough } from "node:stream";
import { extractText, getDocumentProxy } from "unpdf";

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
