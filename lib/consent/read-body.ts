import { gunzipSync } from "node:zlib";

export const MAX_BATCH_EVENTS = 10_000;
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type BodyResult = { ok: true; items: unknown[] } | { ok: false; status: 400 | 413 | 415; error: string };

async function readCapped(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The body of an ingestion request: a JSON array, or NDJSON (one event per
 * line) with `Content-Type: application/x-ndjson`; `Content-Encoding: gzip`
 * accepted. Over 10 MB (sent or unpacked) or 10,000 events: 413. Not JSON: 400.
 */
export async function readEventsBody(request: Request): Promise<BodyResult> {
  const tooLarge = { ok: false, status: 413, error: `A batch holds at most ${MAX_BATCH_EVENTS} events and ${MAX_BODY_BYTES} bytes` } as const;
  let body = await readCapped(request, MAX_BODY_BYTES);
  if (!body) return tooLarge;
  const encoding = (request.headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (encoding === "gzip") {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return tooLarge;
      return { ok: false, status: 400, error: "The body is not valid gzip" };
    }
  } else if (encoding !== "identity") {
    return { ok: false, status: 415, error: `Unsupported Content-Encoding: ${encoding} (use gzip or none)` };
  }
  const text = body.toString("utf8");
  const isNdjson = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-ndjson");
  if (isNdjson) {
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    if (lines.length > MAX_BATCH_EVENTS) return tooLarge;
    const items: unknown[] = [];
    for (const [n, line] of lines.entries()) {
      try {
        items.push(JSON.parse(line));
      } catch {
        return { ok: false, status: 400, error: `Line ${n + 1} is not valid JSON: nothing was stored` };
      }
    }
    return { ok: true, items };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON: nothing was stored" };
  }
  if (!Array.isArray(parsed)) return { ok: false, status: 400, error: "The body must be a JSON array of events (or NDJSON): nothing was stored" };
  if (parsed.length > MAX_BATCH_EVENTS) return tooLarge;
  return { ok: true, items: parsed };
}
