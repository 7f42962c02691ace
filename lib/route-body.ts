import { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { z } from "zod";
import { zodIssueList } from "./validation";
import { ClientDisconnected, RouteError } from "./route-errors";

/** Default body limit of a route handler: a JSON form or an incident is a few kilobytes. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (limit: number) => new RouteError("PAYLOAD_TOO_LARGE", `The body exceeds ${limit} bytes`);

/**
 * The raw body, refused with 413 before reading when Content-Length announces more than `limit`,
 * and while reading as soon as the bytes received pass it (a chunked body announces nothing).
 * A client that disconnects before the end throws `ClientDisconnected`.
 */
export async function readBytes(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The body comes from the client alone: a read that fails is the client going away mid-upload
      // (Node: `aborted`, ECONNRESET), never the database.
      throw new ClientDisconnected(size, error);
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** `Content-Encoding: gzip` unpacked (at most `limit` bytes once unpacked); identity as is; anything else 415. */
function decode(request: Request, body: Buffer, limit: number): Buffer {
  const encoding = (request.headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (encoding === "identity") return body;
  if (encoding !== "gzip")
    throw new RouteError("UNSUPPORTED_MEDIA_TYPE", `Unsupported Content-Encoding: ${encoding} (use gzip or none)`);
  try {
    return gunzipSync(body, { maxOutputLength: limit });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw tooLarge(limit);
    throw new RouteError("VALIDATION", "The body is not valid gzip");
  }
}

function parseJson(text: string, path = ""): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RouteError("VALIDATION", "The body is not valid JSON: nothing was stored", [
      { path, message: "malformed JSON" },
    ]);
  }
}

/** `raw` parsed by `schema`, or a VALIDATION refusal naming each field at fault. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  message = "The body has invalid fields: nothing was stored",
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RouteError("VALIDATION", message, zodIssueList(parsed.error));
  return parsed.data;
}

/**
 * The URL's query parameters parsed by `schema` (each parameter once: a repeated one is refused
 * naming it), or a VALIDATION refusal naming each parameter at fault.
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    if (Object.hasOwn(raw, name))
      throw new RouteError("VALIDATION", "The query has invalid parameters", [
        { path: name, message: `${name}: given more than once` },
      ]);
    raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // An unknown parameter is named as its own issue (zod reports them together on the object).
  const issues = parsed.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((name) => ({ path: name, message: `${name}: unknown parameter` }))
      : zodIssueList(new z.ZodError([issue])),
  );
  throw new RouteError("VALIDATION", "The query has invalid parameters", issues);
}

/** A JSON body of at most `limit` bytes parsed by `schema` (400 when not JSON or invalid, 413 when larger). */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit = DEFAULT_MAX_BODY_BYTES,
): Promise<z.output<S>> {
  return parseInput(schema, parseJson((await readBytes(request, limit)).toString("utf8")));
}

/**
 * A batch: a JSON array, or NDJSON (one item per line) with `Content-Type: application/x-ndjson`;
 * gzip accepted when `gzip` is set. More than `maxItems` items or `maxBytes` bytes (sent or
 * unpacked): 413. Not JSON, or not an array: 400. Nothing is read past the limit.
 */
export async function readJsonItems(
  request: Request,
  options: { maxBytes: number; maxItems: number; gzip?: boolean },
): Promise<unknown[]> {
  const raw = await readBytes(request, options.maxBytes);
  const body = options.gzip ? decode(request, raw, options.maxBytes) : raw;
  const text = body.toString("utf8");
  const tooMany = new RouteError(
    "PAYLOAD_TOO_LARGE",
    `A batch holds at most ${options.maxItems} items and ${options.maxBytes} bytes`,
  );
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-ndjson")) {
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    if (lines.length > options.maxItems) throw tooMany;
    return lines.map((line, n) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new RouteError("VALIDATION", `Line ${n + 1} is not valid JSON: nothing was stored`, [
          { path: String(n), message: "malformed JSON" },
        ]);
      }
    });
  }
  const parsed = parseJson(text);
  if (!Array.isArray(parsed))
    throw new RouteError("VALIDATION", "The body must be a JSON array (or NDJSON): nothing was stored", [
      { path: "", message: "expected an array" },
    ]);
  if (parsed.length > options.maxItems) throw tooMany;
  return parsed;
}

/** A multipart or urlencoded form of at most `limit` bytes (400 when it cannot be parsed). */
export async function readForm(request: Request, limit: number): Promise<FormData> {
  const bytes = await readBytes(request, limit);
  const copy = new Request(request.url, {
    method: "POST",
    headers: { "content-type": request.headers.get("content-type") ?? "" },
    body: new Uint8Array(bytes),
  });
  try {
    return await copy.formData();
  } catch {
    throw new RouteError("VALIDATION", "The body is not a valid form", [{ path: "", message: "malformed form data" }]);
  }
}

/**
 * The body as a stream of chunks, never held whole (large uploads: a release of statistics):
 * 413 before reading when Content-Length announces more than `maxBytes`, and as soon as the
 * bytes received (or, with `gzip`, unpacked) pass it. Same encodings as `readJsonItems`.
 */
export async function* streamBody(
  request: Request,
  options: { maxBytes: number; gzip?: boolean },
): AsyncGenerator<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > options.maxBytes) throw tooLarge(options.maxBytes);
  if (!request.body) return;
  const encoding = (request.headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (encoding !== "identity" && !(options.gzip && encoding === "gzip"))
    throw new RouteError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Unsupported Content-Encoding: ${encoding} (use ${options.gzip ? "gzip or " : ""}none)`,
    );
  let received = 0;
  const counted = async function* (source: AsyncIterable<Uint8Array>) {
    for await (const chunk of source) {
      received += chunk.byteLength;
      if (received > options.maxBytes) throw tooLarge(options.maxBytes);
      yield chunk;
    }
  };
  const raw = request.body as unknown as AsyncIterable<Uint8Array>;
  if (encoding === "identity") return yield* counted(raw);
  const gunzip = createGunzip();
  const source = Readable.from(raw);
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    yield* counted(gunzip);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("Z_"))
      throw new RouteError("VALIDATION", "The body is not valid gzip");
    throw error;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
