import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Executor } from "@/db/client";
import { loadActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import type { ExportContext, ExportFormat, ExportScope, ReportRenderer } from "./contract";

/**
 * Test helpers of the tabular reports: an export context for a user of a role, and a slow sink
 * (tiny buffer, asynchronous writes) so that renderers meet back-pressure as on a real socket.
 */
export async function exportContextFor(db: Executor, role: Role, now: Date, locale: "fr" | "en" = "fr"): Promise<ExportContext> {
  const user = await unsafeCreateUser(db, { role, expiresAt: role === "auditor" ? new Date(now.getTime() + 86_400_000 * 30) : null });
  const actor = await loadActor(db, user.id, now);
  if (!actor) throw new Error("test actor not loaded");
  return { db, actor, locale, now, timeZone: "Europe/Paris" };
}

export class SlowSink extends Writable {
  readonly chunks: Buffer[] = [];
  isEnded = false;
  constructor() {
    super({ highWaterMark: 1024 });
    this.on("finish", () => {
      this.isEnded = true;
    });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    this.chunks.push(Buffer.from(chunk));
    setImmediate(callback);
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Renders a report into memory (tests only) and checks the renderer left the stream open. */
export async function renderToBuffer(renderer: ReportRenderer, ctx: ExportContext, scope: ExportScope, format: ExportFormat): Promise<Buffer> {
  const sink = new SlowSink();
  await renderer.render(ctx, scope, format, sink);
  if (sink.isEnded || sink.writableEnded) throw new Error("the renderer ended the stream");
  sink.end();
  await finished(sink);
  return sink.bytes;
}
