import { restoreNeutralisedCell } from "@/lib/exports/csv";
import { invalidBody, ReferenceCounter, type ListParser, type ReferenceSink } from "./references";

const MAX_LINE = 16 * 1024;
/** A first line whose first cell is one of these is a header row, skipped. */
const HEADER_NAMES = new Set(["subscriber_ref", "subscriberref", "reference", "référence", "ref"]);

/**
 * A CSV of references (the UI's upload): the first cell of each line, quoted or not (`,` or `;`
 * separated, so a spreadsheet's export works), blank lines skipped, an optional header row, a cell
 * neutralised by Vigie's own CSV export (`'=…`) restored. The header fields come from elsewhere.
 */
export class CsvListParser implements ListParser {
  readonly header: Record<string, unknown>;
  readonly counter: ReferenceCounter;
  private pending = "";
  private line = 0;
  private first = true;

  constructor(sink: ReferenceSink, header: Record<string, unknown>) {
    this.counter = new ReferenceCounter(sink);
    this.header = header;
  }

  write(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.onLine(text.slice(start, nl));
      start = nl + 1;
    }
    this.pending = text.slice(start);
    if (this.pending.length > MAX_LINE) throw invalidBody(`Line ${this.line + 1} is too long`, `line ${this.line + 1}`);
  }

  end(): void {
    if (this.pending !== "") this.onLine(this.pending);
    this.pending = "";
  }

  private onLine(raw: string): void {
    this.line++;
    const where = `line ${this.line}`;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const cell = restoreNeutralisedCell(firstCell(line, where));
    if (this.first) {
      this.first = false;
      if (HEADER_NAMES.has(cell.trim().toLowerCase())) return;
    }
    this.counter.push(cell, () => where);
  }
}

function firstCell(line: string, where: string): string {
  const start = line.length - line.trimStart().length;
  if (line.charCodeAt(start) !== 0x22) {
    const cut = line.search(/[,;]/);
    return cut === -1 ? line : line.slice(0, cut);
  }
  let value = "";
  for (let i = start + 1; i < line.length;) {
    const q = line.indexOf('"', i);
    if (q === -1) break;
    value += line.slice(i, q);
    if (line.charCodeAt(q + 1) === 0x22) {
      value += '"';
      i = q + 2;
      continue;
    }
    return value;
  }
  throw invalidBody(`${where}: unterminated quoted cell`, where);
}
