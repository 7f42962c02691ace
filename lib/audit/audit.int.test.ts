import { sql } from "drizzle-orm";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/write";
import { verifyAuditChain } from "@/lib/audit/verify";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { testDriver, useTestDatabase } from "@/lib/testing/db";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const actor = { id: null, label: "test" };

async function withTriggersDisabled(body: () => Promise<void>) {
  await db().execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  try {
    await body();
  } finally {
    await db().execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }
}

describe("the audit log", () => {
  it("keeps entries with dates, nested objects, nulls and non-ASCII text verifiable after a round trip", async () => {
    const tricky = {
      when: new Date("2026-10-25T00:59:59.123Z"),
      nested: { z: 1, a: [null, { é: "Ünïcödé — « Télécom » 📡", n: -0 }], empty: {} },
      nothing: null,
      skipped: undefined,
      float: 0.1 + 0.2,
      big: 2 ** 53 - 1,
    };
    await db().transaction(async (tx) => {
      await appendAudit(
        tx,
        { id: null, label: "Zoë Ŀ'Hôte" },
        {
          action: "user.update",
          entityType: "user",
          entityId: "x",
          before: tricky,
          after: { ...tricky, nothing: "now set" },
          meta: [1, "two", { three: 3 }],
        },
      );
    });
    const verdict = await verifyAuditChain(db());
    expect(verdict.intact).toBe(true);
    const [entry] = (await auditEntries(db(), "user.update")).slice(-1);
    expect(entry!.before).toMatchObject({
      when: "2026-10-25T00:59:59.123Z",
      nested: { a: [null, { é: "Ünïcödé — « Télécom » 📡", n: 0 }] },
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    await db().transaction((tx) => appendAudit(tx, actor, { action: "demo.seed", entityType: "organisation" }));
    await expect(db().execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(db())).intact).toBe(true);
  });

  it("finds the first tampered entry when someone edits a row with the trigger disabled", async () => {
    for (let i = 0; i < 3; i++)
      await db().transaction((tx) =>
        appendAudit(tx, actor, { action: "user.update", entityType: "user", entityId: `u${i}`, after: { i } }),
      );
    const entries = await auditEntries(db());
    const target = entries[entries.length - 2]!;
    await withTriggersDisabled(async () => {
      await db().execute(sql`update audit_log set after = '{"i": 99}'::jsonb where seq = ${target.seq}`);
    });
    expect(await verifyAuditChain(db())).toMatchObject({
      intact: false,
      brokenAt: { seq: target.seq, reason: "hash_mismatch" },
    });
    await withTriggersDisabled(async () => {
      await db().execute(
        sql`update audit_log set after = ${JSON.stringify(target.after)}::jsonb where seq = ${target.seq}`,
      );
    });
    expect((await verifyAuditChain(db())).intact).toBe(true);
  });

  it("finds a deleted entry", async () => {
    const entries = await auditEntries(db());
    const victim = entries[1]!;
    await withTriggersDisabled(async () => {
      await db().execute(sql`delete from audit_log where seq = ${victim.seq}`);
    });
    expect(await verifyAuditChain(db())).toMatchObject({
      intact: false,
      brokenAt: { seq: victim.seq, reason: "missing_entry" },
    });
  });
});

describe("the audit chain under concurrent writers", () => {
  it("keeps an intact chain with 50 writers: no entry lost, no change without its entry", async () => {
    // Start from a clean chain: a separate database would be slower, so tolerate the tampering above by checking from here.
    const url = database.current.url;
    const client = url ? postgres(url, { max: 16, onnotice: () => {} }) : null;
    const writer: Db = client ? (drizzle(client, { schema }) as unknown as Db) : db();
    const auditBefore = await auditCount(db());
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        writer.transaction(async (tx) => {
          await tx
            .insert(users)
            .values({ email: `w${i}@test.vigie.fr`, name: `Writer ${i}`, role: "security", passwordHash: "x" });
          await appendAudit(tx, actor, { action: "user.create", entityType: "user", entityId: `w${i}`, after: { i } });
          if (i % 10 === 7) throw new Error("the change fails after its audit entry: both must roll back");
        }),
      ),
    );
    await client?.end();
    const committed = results.filter((r) => r.status === "fulfilled").length;
    expect(committed).toBe(45);
    expect(await auditCount(db())).toBe(auditBefore + 45);
    const written = await db()
      .select()
      .from(users)
      .where(sql`${users.email} like 'w%@test.vigie.fr'`);
    const logged = (await auditEntries(db(), "user.create")).filter((e) => /^w\d+$/.test(e.entityId ?? ""));
    expect(written.map((u) => u.name.replace("Writer ", "w")).sort()).toEqual(logged.map((e) => e.entityId).sort());
    // Entries are consecutive and linked (the earlier deletion test left a gap before them).
    const tail = (await auditEntries(db())).slice(-45);
    tail.forEach((entry, i) => {
      if (i > 0) expect(entry.prevHash).toBe(tail[i - 1]!.hash);
      if (i > 0) expect(entry.seq).toBe(tail[i - 1]!.seq + 1);
    });
    expect(testDriver()).toMatch(/pglite|postgres/);
  });
});
