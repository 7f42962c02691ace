import { invalidBody, ReferenceCounter, type ListParser, type ReferenceSink } from "./references";

/** The header line is a small object; a reference line is at most 128 characters, escaped. */
const MAX_LINE = 16 * 1024;
const SPECIAL = /["\\\u0000-\u001f]/;

/**
 * NDJSON: the first non-blank line is the header object (`purpose`, `channel`, `campaign`), then
 * one JSON string per line. Lines are cut as chunks arrive; a plain reference (no quote, backslash
 * or control inside) is taken as a slice of the line, anything else goes through `JSON.parse`.
 */
export class NdjsonListParser implements ListParser {
  header: Record<string, unknown> = {};
  readonly counter: ReferenceCounter;
  private hasHeader = false;
  private pending = "";
  private line = 0;

  constructor(
    sink: ReferenceSink,
    private readonly onHeader?: (header: Record<string, unknown>) => void,
  ) {
    this.counter = new ReferenceCounter(sink);
  }

  write(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.onLine(text, start, nl);
      start = nl + 1;
    }
    this.pending = start === 0 ? text : text.slice(start);
    if (this.pending.length > MAX_LINE)
      throw invalidBody(`Line ${this.line + 1} is over ${MAX_LINE} characters`, `line ${this.line + 1}`);
  }

  end(): void {
    if (this.pending !== "") this.onLine(this.pending, 0, this.pending.length);
    this.pending = "";
    if (!this.hasHeader) throw invalidBody("The first line must be the header object", "line 1");
  }

  private onLine(text: string, start: number, end: number): void {
    this.line++;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    if (end === start) return;
    const where = `line ${this.line}`;
    if (this.hasHeader && text.charCodeAt(start) === 0x22 && end - start >= 2 && text.charCodeAt(end - 1) === 0x22) {
      const body = text.slice(start + 1, end - 1);
      if (!SPECIAL.test(body)) return this.counter.push(body, () => where);
    }
    const raw = text.slice(start, end);
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw invalidBody(`Line ${this.line} is not valid JSON`, where);
    }
    if (!this.hasHeader) {
      if (value === null || typeof value !== "object" || Array.isArray(value))
        throw invalidBody("The first line must be the header object", where);
      if (Object.hasOwn(value, "subscriberRefs"))
        throw invalidBody("In NDJSON the references follow the header, one per line", "subscriberRefs");
      this.header = value as Record<string, unknown>;
      this.hasHeader = true;
      this.onHeader?.(this.header);
      return;
    }
    if (typeof value !== "string") throw invalidBody(`Line ${this.line}: expected a JSON string`, where);
    this.counter.push(value, () => where);
  }
}
