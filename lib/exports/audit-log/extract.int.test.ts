import { PassThrough, Writable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { and, asc, gte, lt } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { hashAuditContent } from "@/lib/audit/canonical";
import { appendAudit } from "@/lib/audit/write";
import type { Actor } from "@/lib/auth/actor";
import { useTestDatabase } from "@/lib/testing/db";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import type { ExportContext, ExportScope } from "../contract";
import { auditLogRenderer, createAuditLogRenderer } from "./renderer";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-12-04T10:00:00Z");
let ctx: ExportContext;

async function render(scope: ExportScope, format: "json" | "csv", renderer = auditLogRenderer): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  await renderer.render(ctx, scope, format, out);
  out.end();
  return bytes;
}

/** The audit log rows of a period, straight from the table: what the extract must hold. */
async function rowsBetween(start: string, end: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(gte(auditLog.occurredAt, new Date(start)), lt(auditLog.occurredAt, new Date(end))))
    .orderBy(asc(auditLog.seq));
}

beforeAll(async () => {
  await seedDemo(db(), new Date("2026-11-20T08:00:00Z"));
  const user = await unsafeCreateUser(db(), { role: "auditor", name: "Anne Auditrice" });
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "auditor",
    locale: "fr",
    expiresAt: user.expiresAt,
  };
  ctx = { db: db(), actor, locale: "fr", now: NOW, timeZone: "Europe/Paris" };
  const system = { id: null, label: "=cmd|' /C calc'!A0" };
  // 30 November 23:30 in Paris is 22:30Z: inside a period ending on the 30th; 1 December 00:30 Paris is outside it.
  // The last one is written late with an earlier date (entries are not always in time order): the extract takes it
  // and leaves out the 1 December entry that sits between it and the others in the chain.
  for (const at of ["2026-11-30T22:30:00.000Z", "2026-11-30T23:30:00.000Z", "2026-11-15T12:00:00.000Z"]) {
    await db().transaction((tx) =>
      appendAudit(tx, system, { action: "audit.verify", entityType: "audit_log", meta: { at } }, new Date(at)),
    );
  }
});

describe("the audit log extract", () => {
  it("JSON: the period's entries in chain order, each recomputable, with the whole chain's verdict and the first and last hashes of the rows", async () => {
    const doc = JSON.parse((await render({ from: "2026-11-01", to: "2026-11-30" }, "json")).toString("utf8"));
    // Paris: 1 November 00:00 = 31 October 23:00Z; end of 30 November = 30 November 23:00Z.
    const rows = await rowsBetween("2026-10-31T23:00:00Z", "2026-11-30T23:00:00Z");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.at(-1)!.occurredAt.toISOString()).toBe("2026-11-15T12:00:00.000Z");
    expect(doc.entries.map((entry: { seq: number }) => entry.seq)).toEqual(rows.map((row) => row.seq));
    expect(doc.extract).toEqual({
      entries: rows.length,
      first: { seq: rows[0]!.seq, hash: rows[0]!.hash },
      last: { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash },
    });
    const all = await db().select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(doc.chain).toEqual({
      intact: true,
      entries: all.length,
      lastHash: all.at(-1)!.hash,
      headAtGeneration: { seq: all.at(-1)!.seq, hash: all.at(-1)!.hash },
    });
    for (const { hash, ...content } of doc.entries) expect(hashAuditContent(content)).toBe(hash);
    expect(doc).toMatchObject({
      format: "vigie-audit-log-extract/1",
      organisation: "Vigie Télécom SA",
      period: { from: "2026-11-01", to: "2026-11-30", timeZone: "Europe/Paris" },
    });
    expect(doc.generatedBy).toContain("Anne Auditrice");
  });

  it("CSV: the same rows and hashes after a preamble, formulas neutralised, ';' on request", async () => {
    const text = (await render({ from: "2026-11-01", to: "2026-11-30", csvSeparator: ";" }, "csv")).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [preamble, table] = text.slice(1).split("\r\n\r\n") as [string, string];
    const summary = Object.fromEntries(
      Papa.parse<string[]>(preamble, { delimiter: ";" }).data.map((cells) => [cells[0], cells.slice(1)]),
    );
    const rows = await rowsBetween("2026-10-31T23:00:00Z", "2026-11-30T23:00:00Z");
    expect(summary.firstEntry).toEqual([String(rows[0]!.seq), rows[0]!.hash]);
    expect(summary.lastEntry).toEqual([String(rows.at(-1)!.seq), rows.at(-1)!.hash]);
    expect(summary.chain![0]).toBe("intact");
    const parsed = Papa.parse<Record<string, string>>(table.trim(), { header: true, delimiter: ";" }).data;
    expect(parsed.map((row) => row.hash)).toEqual(rows.map((row) => row.hash));
    expect(parsed.at(-2)!.actorLabel).toBe("'=cmd|' /C calc'!A0");
  });

  it.each(["json", "csv"] as const)("%s: pages of 3 rows give the same bytes as one page", async (format) => {
    const scope = { from: "2026-01-01", to: "2026-12-31" };
    const paged = await render(scope, format, createAuditLogRenderer({ pageSize: 3 }));
    expect(paged.toString("utf8")).toBe((await render(scope, format)).toString("utf8"));
    if (format === "json") expect(JSON.parse(paged.toString("utf8")).entries.length).toBeGreaterThan(6);
  });

  it("an empty period says so: no entries, no first or last hash", async () => {
    const doc = JSON.parse((await render({ from: "2020-01-01", to: "2020-01-31" }, "json")).toString("utf8"));
    expect(doc.entries).toEqual([]);
    expect(doc.extract).toEqual({ entries: 0, first: null, last: null });
  });

  it("waits for a slow reader (back-pressure) and never ends the stream it is given", async () => {
    let received = 0;
    let ended = false;
    const slow = new Writable({
      highWaterMark: 256,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setTimeout(done, 1);
      },
      final(done) {
        ended = true;
        done();
      },
    });
    await auditLogRenderer.render(ctx, { from: "2026-01-01", to: "2026-12-31" }, "json", slow);
    expect(ended).toBe(false);
    expect(received).toBeGreaterThan(1000);
  });

  it("refuses a missing or reversed period", async () => {
    await expect(render({ from: "2026-12-01", to: "2026-11-01" }, "json")).rejects.toThrow("needs a period");
    await expect(render({}, "csv")).rejects.toThrow("needs a period");
  });
});
