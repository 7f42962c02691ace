import { once } from "node:events";
import type { Writable } from "node:stream";

/** Writes `text` to `out` and waits for it to drain when its buffer is full (back-pressure). */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}
