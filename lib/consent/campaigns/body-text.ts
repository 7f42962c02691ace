import { Readable, pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { RouteError } from "@/lib/route-errors";

const tooLarge = (limit: number) => new RouteError("PAYLOAD_TOO_LARGE", `The body exceeds ${limit} bytes`);

async function* rawChunks(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > limit) throw tooLarge(limit);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Unpacks gzip as it arrives; past `limit` unpacked bytes (a gzip bomb), 413; not gzip, 400. */
async function* gunzipped(chunks: AsyncGenerator<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  pipeline(Readable.from(chunks, { objectMode: false }), gunzip, (error) => {
    if (error) gunzip.destroy(error);
  });
  let size = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) throw tooLarge(limit);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof RouteError) throw error;
    if (typeof (error as { code?: unknown }).code === "string" && (error as { code: string }).code.startsWith("Z_"))
      throw new RouteError("VALIDATION", "The body is not valid gzip: nothing was checked", [
        { path: "", message: "invalid gzip" },
      ]);
    throw error;
  } finally {
    gunzip.destroy();
  }
}

/**
 * A request body as UTF-8 text chunks, never held whole: refused with 413 when Content-Length
 * announces more than `maxBytes`, or once more than that arrived or was unpacked (gzip); 415 for
 * another Content-Encoding; 400 when not UTF-8 (a byte-order mark is dropped).
 */
export async function* bodyText(request: Request, maxBytes: number): AsyncGenerator<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > maxBytes) throw tooLarge(maxBytes);
  const encoding = (request.headers.get("content-encoding") ?? "identity").toLowerCase().trim();
  if (encoding !== "identity" && encoding !== "gzip")
    throw new RouteError("UNSUPPORTED_MEDIA_TYPE", `Unsupported Content-Encoding: ${encoding} (use gzip or none)`);
  if (!request.body) return;
  const raw = rawChunks(request.body, maxBytes);
  const bytes = encoding === "gzip" ? gunzipped(raw, maxBytes) : raw;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const notUtf8 = () =>
    new RouteError("VALIDATION", "The body is not valid UTF-8: nothing was checked", [
      { path: "", message: "invalid UTF-8" },
    ]);
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8();
    }
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8();
  }
  if (rest) yield rest;
}
