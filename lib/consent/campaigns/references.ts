import { RouteError } from "@/lib/route-errors";

/** At most this many references per check (issue 17); one more is a 413. */
export const MAX_CHECK_REFERENCES = 1_000_000;
/** A subscriber reference as ingestion stores it: trimmed, 1 to 128 UTF-16 units. */
export const MAX_REFERENCE_LENGTH = 128;

/** NUL, raw C0 controls (never valid inside a JSON string) and UTF-16 surrogates, checked exactly only when present. */
const SUSPECT = /[\u0000-\u001f\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a reference cannot be checked, or null: the same rules as ingestion's `subscriberRef`
 * (trimmed, 1–128 units, no NUL, no lone surrogate), so any stored reference can be checked.
 */
export function referenceProblem(reference: string): string | null {
  if (reference.length === 0) return "empty reference";
  if (reference.length > MAX_REFERENCE_LENGTH) return `over ${MAX_REFERENCE_LENGTH} characters`;
  if (SUSPECT.test(reference)) {
    if (reference.includes("\u0000")) return "NUL character";
    if (LONE_SURROGATE.test(reference)) return "lone UTF-16 surrogate (not Unicode)";
  }
  return null;
}

/** Receives the references of a list as they are parsed, in order. */
export type ReferenceSink = (reference: string) => void;

/**
 * Counts and checks the references one by one for every parser: a refusal names where the
 * reference is (`subscriberRefs.41`, `line 42`) and why; past the limit, 413.
 */
export class ReferenceCounter {
  count = 0;
  constructor(private readonly sink: ReferenceSink) {}

  push(raw: string, where: () => string): void {
    const reference = raw.trim();
    const problem = referenceProblem(reference);
    if (problem)
      throw new RouteError("VALIDATION", `Invalid reference at ${where()}: ${problem}`, [
        { path: where(), message: problem },
      ]);
    if (++this.count > MAX_CHECK_REFERENCES)
      throw new RouteError("PAYLOAD_TOO_LARGE", `A check holds at most ${MAX_CHECK_REFERENCES} references`);
    this.sink(reference);
  }
}

/** The text chunks of a list, parsed as they arrive; `end` refuses a list cut short. */
export interface ListParser {
  write(chunk: string): void;
  end(): void;
  /** The header fields (purpose, channel, campaign) as sent; known once `end` returned (JSON: any key order). */
  readonly header: Record<string, unknown>;
  readonly counter: ReferenceCounter;
}

export const invalidBody = (message: string, path = "") =>
  new RouteError("VALIDATION", `${message}: nothing was checked`, [{ path, message }]);
