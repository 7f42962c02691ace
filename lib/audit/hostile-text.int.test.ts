import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { lookupConsent } from "@/lib/consent/mutations";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { recomputeHash, verifyAuditChain } from "./verify";
import { appendAudit } from "./write";

const database = useTestDatabase();
const db = () => database.current.handle.db;

/** Any UTF-16 code unit (lone surrogates included), any code point of every plane, and the usual suspects. */
const hostileChar = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
  fc.constantFrom("\u0000", "\ud800", "\udfff", "\ud83d", "\ude00", "\\u0000", "\ufffd", "\ufeff", "\u{10ffff}"),
);
const hostileString = fc.array(hostileChar, { maxLength: 24 }).map((chars) => chars.join(""));
const hostileJson = fc.oneof(
  hostileString,
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.integer()), {
    maxKeys: 4,
  }),
);

async function storedEntryMatchesItsHash(seq: number): Promise<boolean> {
  const [row] = await db().select().from(auditLog).where(eq(auditLog.seq, seq));
  if (!row) return false;
  return recomputeHash(row) === row.hash;
}

let auditorId = "";
beforeAll(async () => {
  auditorId = (await unsafeCreateUser(db(), { role: "auditor" })).id;
});

describe("the audit chain against hostile text", () => {
  it("refuses a consent proof lookup of a lone surrogate or a NUL with a field error, writing nothing", async () => {
    for (const subscriberRef of ["\ud800", "SUB\u0000A", "x\udfffy"]) {
      const before = await auditCount(db());
      const result = await executeAction(lookupConsent, auditorId, { subscriberRef });
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { subscriberRef: ["errors.invalidText"] },
      });
      expect(await auditCount(db())).toBe(before);
    }
    expect((await executeAction(lookupConsent, auditorId, { subscriberRef: "SUB-😀-ok" })).ok).toBe(true);
  });

  it("stores exactly what it hashed when an entry holds lone surrogates and NULs in every field", async () => {
    const written = await db().transaction((tx) =>
      appendAudit(
        tx,
        { id: null, label: "Eve \ud800\u0000" },
        {
          action: "consent.lookup",
          entityType: "subscriber",
          entityId: "\ud800",
          before: { "k\u0000ey": "v\udfff", list: ["\ud83d", "\u0000"] },
          meta: { ref: "a\u0000b\ud800c" },
        },
      ),
    );
    expect(await storedEntryMatchesItsHash(written.seq)).toBe(true);
    expect(await verifyAuditChain(db())).toMatchObject({ intact: true });
  });

  it("property: any string through the audit writer leaves a chain that verifies", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, hostileJson, hostileJson, async (label, entityId, after, meta) => {
        const written = await db().transaction((tx) =>
          appendAudit(tx, { id: null, label }, { action: "user.update", entityType: "user", entityId, after, meta }),
        );
        return storedEntryMatchesItsHash(written.seq);
      }),
      { numRuns: 150 },
    );
    expect(await verifyAuditChain(db())).toMatchObject({ intact: true });
  });
});

describe("verification after tampering", () => {
  it("reports every broken entry, the first and the last, not only the first", async () => {
    for (let i = 0; i < 6; i++)
      await db().transaction((tx) =>
        appendAudit(
          tx,
          { id: null, label: "t" },
          { action: "user.update", entityType: "user", entityId: `t${i}`, after: { i } },
        ),
      );
    const tail = (await db().select().from(auditLog).orderBy(auditLog.seq)).slice(-6);
    const [first, , middle, , , last] = tail;
    await db().execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    try {
      await db().execute(sql`update audit_log set after = '{"i": 99}'::jsonb where seq = ${first!.seq}`);
      await db().execute(sql`delete from audit_log where seq = ${middle!.seq}`);
      await db().execute(sql`update audit_log set entity_id = 'forged' where seq = ${last!.seq}`);
    } finally {
      await db().execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    }
    const verdict = await verifyAuditChain(db());
    expect(verdict).toMatchObject({
      intact: false,
      broken: 3,
      firstBroken: { seq: first!.seq, reason: "hash_mismatch" },
      lastBroken: { seq: last!.seq, reason: "hash_mismatch" },
    });
  });
});
