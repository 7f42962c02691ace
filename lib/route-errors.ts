/**
 * The one error body of every route handler under app/api (README, "API"):
 *   { "code": "VALIDATION", "message": "…", "issues": [{ "path": "detectedAt", "message": "…" }] }
 * `issues` only when fields are at fault. The status follows from the code.
 */
export const routeErrorStatus = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** The thing existed but is no longer here (an export file missing from this instance's directory). */
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type RouteErrorCode = keyof typeof routeErrorStatus;

export interface RouteIssue {
  path: string;
  message: string;
}

export interface RouteErrorBody {
  code: RouteErrorCode;
  message: string;
  issues?: RouteIssue[];
}

/** Seconds a client waits before retrying when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** A refusal a handler throws (or the body readers): the wrapper turns it into the error body. */
export class RouteError extends Error {
  constructor(
    readonly code: RouteErrorCode,
    message: string,
    readonly issues?: RouteIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "RouteError";
  }
}

export function errorResponse(
  code: RouteErrorCode,
  message: string,
  issues?: RouteIssue[],
  headers: Record<string, string> = {},
): Response {
  const body: RouteErrorBody = issues && issues.length > 0 ? { code, message, issues } : { code, message };
  return Response.json(body, { status: routeErrorStatus[code], headers: { "cache-control": "no-store", ...headers } });
}

/**
 * The client went away before its request body was complete (connection reset, upload aborted):
 * nobody is left to answer. Not a failure of Vigie, and not the database — whose unreachability
 * shares Node's socket error codes (ECONNRESET) and would otherwise be reported.
 */
export class ClientDisconnected extends Error {
  constructor(
    readonly bytesRead: number,
    cause: unknown,
  ) {
    super(`the client disconnected after sending ${bytesRead} bytes of the body`, { cause });
    this.name = "ClientDisconnected";
  }
}

/** nginx's status for "client closed request": logged, never seen by the client, which is gone. */
export const CLIENT_CLOSED_STATUS = 499;

/** The errors of a chain (`cause`), outermost first. */
function chain(error: unknown): object[] {
  const out: object[] = [];
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    out.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

const UNREACHABLE_CODES = new Set([
  // Node's socket errors
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  // SQLSTATE: too many connections, shutting down, cannot connect now
  "53300",
  "57P01",
  "57P02",
  "57P03",
]);

/** True when the error says the database cannot be reached (not that a query was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    // PGlite once closed, the process-wide database not opened yet, or node-postgres losing or
    // failing to open a connection (its errors carry no code).
    return (
      typeof message === "string" &&
      /^(PGlite is closed|The database is not open yet|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(
        message,
      )
    );
  });
}

/**
 * What may be logged about a failure: its kind and, for a database error, its SQLSTATE — never
 * the query text nor its parameters (Drizzle puts both in its message), and no database message
 * either (`invalid input syntax for type uuid: "…"` quotes the value).
 */
export function describeFailure(error: unknown): string {
  const errors = chain(error);
  const sqlState = errors
    .map((e) => (e as { code?: unknown }).code)
    .find((c): c is string => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c));
  const fromDatabase = errors.some((e) => "query" in e && "params" in e) || sqlState !== undefined;
  if (fromDatabase) {
    const names = [...new Set(errors.map((e) => (e as Error).name).filter((n) => n && n !== "Error"))];
    return `database error${sqlState ? ` SQLSTATE ${sqlState}` : ""}${names.length ? ` (${names.join(", ")})` : ""}`;
  }
  const innermost = errors.at(-1) as (Error & { code?: unknown }) | undefined;
  if (!innermost) return String(error);
  const code = typeof innermost.code === "string" ? ` ${innermost.code}` : "";
  return `${innermost.name ?? "Error"}${code}: ${innermost.message ?? ""}`;
}

/**
 * Any error thrown under a route handler, as its response: a RouteError as itself, a client gone
 * mid-body as 499 (logged as such), an unreachable database as 503 with Retry-After, anything else
 * as 500 — logged with the request id, cause only.
 */
export function failureResponse(error: unknown, scope: string, requestId: string): Response {
  if (error instanceof RouteError) return errorResponse(error.code, error.message, error.issues, error.headers);
  if (error instanceof ClientDisconnected) {
    console.warn(`[${scope}] request ${requestId}: client disconnected: ${error.message}`);
    return new Response(null, { status: CLIENT_CLOSED_STATUS });
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`[${scope}] request ${requestId}: database unavailable: ${describeFailure(error)}`);
    return errorResponse("UNAVAILABLE", "The database is unavailable; retry later", undefined, {
      "retry-after": String(RETRY_AFTER_SECONDS),
    });
  }
  console.error(`[${scope}] request ${requestId} failed: ${describeFailure(error)}`);
  return errorResponse("INTERNAL", `Internal error (request ${requestId})`);
}

/** A failed action result (`lib/action.ts`) as the route error body: field errors become issues. */
export function actionErrorResponse(result: {
  code: RouteErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}): Response {
  const issues = Object.entries(result.fieldErrors ?? {}).flatMap(([path, messages]) =>
    messages.map((message) => ({ path, message })),
  );
  return errorResponse(result.code, result.message, issues);
}
