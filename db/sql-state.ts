/**
 * The SQLSTATE of a database error, whichever driver raised it (node-postgres and PGlite put it in
 * `code`) and however deep Drizzle wrapped it (`cause`). Undefined for anything else.
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = "23505";
