import { once } from "node:events";
import type { Writable } from "node:stream";

/** Write a chunk and wait while the stream is full (back-pressure); never ends the stream. */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
