/** JSON in, JSON out; NDJSON in, NDJSON out (the UI reads NDJSON: progress as lines arrive). */
export type AnswerFormat = "json" | "ndjson";

export interface CheckCounts {
  /** References sent, duplicates included. */
  received: number;
  distinct: number;
  /** Distinct references that may be contacted (the list answered). */
  allowed: number;
  /** Distinct references that may not: allowed + refused = distinct. */
  refused: number;
  /** Distinct references never asked: among the refused for a consent purpose, the allowed for an objection purpose. */
  unknown: number;
}

const JSON_SPECIAL = /["\\\u0000-\u001f]/;
const jsonString = (value: string) => (JSON_SPECIAL.test(value) ? JSON.stringify(value) : `"${value}"`);
const FLUSH_AT = 64 * 1024;

/**
 * The answer, written as the join streams. The counts are known, and the check recorded, only once
 * every row was read, so they come LAST: `{"checkId":…,"allowed":[…],"counts":{…}}` (JSON key
 * order carries no meaning) or, in NDJSON, a first line `{"checkId":…}`, one reference per line and
 * a last line `{"checkId":…,"counts":{…}}`. An answer without its counts is incomplete: the check
 * failed and was not recorded.
 */
export class AnswerWriter {
  private buffer: string;
  private first = true;

  constructor(
    private readonly format: AnswerFormat,
    private readonly checkId: string,
  ) {
    this.buffer = format === "json" ? `{"checkId":"${checkId}","allowed":[` : `{"checkId":"${checkId}"}\n`;
  }

  reference(value: string): void {
    if (this.format === "ndjson") this.buffer += `${jsonString(value)}\n`;
    else if (this.first) {
      this.buffer += jsonString(value);
      this.first = false;
    } else this.buffer += `,${jsonString(value)}`;
  }

  /** The text written so far when worth sending (or always with `force`), else null. */
  take(force = false): string | null {
    if (this.buffer.length < FLUSH_AT && !(force && this.buffer)) return null;
    const text = this.buffer;
    this.buffer = "";
    return text;
  }

  closing(counts: CheckCounts): string {
    const tail = `"checkId":"${this.checkId}","counts":${JSON.stringify(counts)}}`;
    return this.format === "json" ? `],${tail.slice(tail.indexOf('"counts"'))}` : `{${tail}\n`;
  }
}
