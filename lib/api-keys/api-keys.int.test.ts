import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { rowsOf } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { executeAction, type Mutation } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/guard";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { withApiKey } from "@/lib/route";
import { authenticateApiKey } from "./authenticate";
import { hashApiKey, KEY_PREFIX } from "./keys";
import { createApiKey, revokeApiKey } from "./mutations";
import { listApiKeys } from "./queries";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date();
const ids: Record<"dpo" | "security" | "auditor", string> = { dpo: "", security: "", auditor: "" };
const url = "http://vigie.test/api/consent/events";

function call(authorization?: string) {
  return new Request(url, { method: "POST", headers: authorization === undefined ? {} : { authorization } });
}

const unreachable = async (): Promise<Response> => {
  throw new Error("the handler must not run");
};

async function keyRow(id: string) {
  const [row] = await db().select().from(apiKeys).where(eq(apiKeys.id, id));
  return row!;
}

/** Every row of a table as text, to look for a secret anywhere in it. */
async function tableText(table: "api_keys" | "audit_log"): Promise<string> {
  const rows = rowsOf<{ row: string }>(
    await db().execute(sql.raw(`select row_to_json(t)::text as row from ${table} t`)),
  );
  return rows.map((r) => r.row).join("\n");
}

async function state() {
  const [keys] = await db().select({ value: count() }).from(apiKeys);
  const rows = await db()
    .select({ id: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .orderBy(apiKeys.id);
  return { keys: keys!.value, rows, audit: await auditCount(db()) };
}

async function create(name: string, scopes: string[]) {
  const result = await executeAction(createApiKey, ids.dpo, { name, scopes }, { now });
  if (!result.ok) throw new Error(`create failed: ${result.code}`);
  return result.data;
}

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
});

describe("creating an API key", () => {
  it("returns the key once and stores only its hash: the key appears nowhere in the database", async () => {
    const auditBefore = await auditCount(db());
    const result = await executeAction(
      createApiKey,
      ids.dpo,
      { name: "CMP Didomi", scopes: ["consent:write", "consent:read", "consent:write"] },
      { now },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { id, key, prefix } = result.data;
    expect(key).toMatch(new RegExp(`^${KEY_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(prefix).toBe(key.slice(0, 12));

    const row = await keyRow(id);
    expect(row).toMatchObject({
      name: "CMP Didomi",
      prefix,
      scopes: ["consent:read", "consent:write"],
      createdBy: ids.dpo,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(row.secretHash).toBe(hashApiKey(key));

    const secret = key.slice(12);
    expect(await tableText("api_keys")).toContain(row.secretHash); // the search does see the row
    for (const table of ["api_keys", "audit_log"] as const) {
      const text = await tableText(table);
      expect(text).not.toContain(key);
      expect(text).not.toContain(secret);
    }
    expect(await auditCount(db())).toBe(auditBefore + 1);
    const entry = (await auditEntries(db(), "apiKey.create")).at(-1)!;
    expect(entry).toMatchObject({
      actorId: ids.dpo,
      entityType: "api_key",
      entityId: id,
      after: { name: "CMP Didomi", prefix, scopes: ["consent:read", "consent:write"] },
    });
    expect(JSON.stringify(entry)).not.toContain(row.secretHash);
  });

  it("gives each key a different secret", async () => {
    const a = await create("SIEM A", ["incidents:write"]);
    const b = await create("SIEM B", ["incidents:write"]);
    expect(a.key).not.toBe(b.key);
  });

  it("returns field errors for a missing name or scope, or an unknown scope, and writes nothing", async () => {
    const before = await state();
    expect(await executeAction(createApiKey, ids.dpo, { name: "x", scopes: [] }, { now })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["apiKeys.errors.nameRequired"], scopes: ["apiKeys.errors.scopesRequired"] },
    });
    expect(
      await executeAction(createApiKey, ids.dpo, { name: "Trop puissante", scopes: ["users:manage"] }, { now }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "scopes.0": ["apiKeys.errors.scopeInvalid"] },
    });
    expect(
      await executeAction(createApiKey, ids.dpo, { name: "n".repeat(81), scopes: ["consent:read"] }, { now }),
    ).toMatchObject({
      fieldErrors: { name: ["apiKeys.errors.nameTooLong"] },
    });
    expect(await state()).toEqual(before);
  });
});

describe("authenticating a machine", () => {
  it("accepts the key with a scope it holds and records its last use", async () => {
    const { id, key } = await create("CMP", ["consent:write", "consent:read"]);
    const usedAt = new Date(now.getTime() + 5_000);
    const auditBefore = await auditCount(db());
    const result = await authenticateApiKey(call(`Bearer ${key}`), "consent:write", { db: db(), now: usedAt });
    expect(result).toEqual({
      ok: true,
      actor: { keyId: id, name: "CMP", scopes: ["consent:read", "consent:write"], label: `API key "CMP" (${id})` },
    });
    expect((await keyRow(id)).lastUsedAt?.toISOString()).toBe(usedAt.toISOString());
    // The scheme is case-insensitive (RFC 7235).
    expect(await authenticateApiKey(call(`bearer ${key}`), "consent:read", { db: db(), now: usedAt })).toMatchObject({
      ok: true,
    });
    expect(await auditCount(db())).toBe(auditBefore);
  });

  it("hands the handler behind withApiKey the key as an ApiActor", async () => {
    const { id, key } = await create("SIEM", ["incidents:write"]);
    const response = await withApiKey(call(`Bearer ${key}`), "incidents:write", async (actor) => Response.json(actor));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      keyId: id,
      name: "SIEM",
      scopes: ["incidents:write"],
      label: `API key "SIEM" (${id})`,
    });
  });

  it("accepts a key created with exports:read for the audit pack's scope, and only for it", async () => {
    const { id, key } = await create("Archivage", ["exports:read"]);
    expect((await keyRow(id)).scopes).toEqual(["exports:read"]);
    expect(await authenticateApiKey(call(`Bearer ${key}`), "exports:read", { db: db(), now })).toMatchObject({
      ok: true,
    });
    const before = await state();
    const response = await withApiKey(call(`Bearer ${key}`), "register:read", unreachable);
    expect(response.status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it("answers 403 through withApiKey for a scope the key lacks, without calling the handler or writing anything", async () => {
    const { key } = await create("Lecture registre", ["register:read"]);
    const before = await state();
    const response = await withApiKey(call(`Bearer ${key}`), "incidents:write", unreachable);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: "FORBIDDEN", message: expect.stringContaining("incidents:write") });
    expect(await state()).toEqual(before);
  });

  it.each([
    ["no header", undefined],
    ["an empty header", ""],
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["a scheme without a key", "Bearer "],
    ["two tokens", "Bearer vgk_a vgk_b"],
    ["a malformed key", "Bearer vgk_%%not*a*key"],
    ["an unknown key", `Bearer ${KEY_PREFIX}${"A".repeat(43)}`],
  ])(
    "answers 401 through withApiKey for %s, without calling the handler or writing anything",
    async (_case, header) => {
      await create("Témoin", ["consent:read"]);
      const before = await state();
      const response = await withApiKey(call(header), "consent:read", unreachable);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(await response.json()).toEqual({ code: "UNAUTHORIZED", message: expect.any(String) });
      expect(await state()).toEqual(before);
    },
  );

  it("answers 401 once the key is revoked through the action, and writes nothing", async () => {
    const { id, key } = await create("Ancien SIEM", ["incidents:write"]);
    expect(await authenticateApiKey(call(`Bearer ${key}`), "incidents:write", { db: db(), now })).toMatchObject({
      ok: true,
    });
    const revokedAt = new Date(now.getTime() + 60_000);
    const revoked = await executeAction(revokeApiKey, ids.dpo, { id }, { now: revokedAt });
    expect(revoked).toEqual({ ok: true, data: { id } });
    expect((await keyRow(id)).revokedAt?.toISOString()).toBe(revokedAt.toISOString());
    const entry = (await auditEntries(db(), "apiKey.revoke")).at(-1)!;
    expect(entry).toMatchObject({
      actorId: ids.dpo,
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });

    const before = await state();
    const response = await withApiKey(call(`Bearer ${key}`), "incidents:write", unreachable);
    expect(response.status).toBe(401);
    expect(await state()).toEqual(before);
    expect((await keyRow(id)).lastUsedAt?.toISOString()).toBe(now.toISOString());
  });
});

describe("revoking an API key", () => {
  it("keeps the first revocation date when revoked twice", async () => {
    const { id } = await create("Double", ["consent:read"]);
    const first = new Date(now.getTime() + 1_000);
    await executeAction(revokeApiKey, ids.dpo, { id }, { now: first });
    expect(await executeAction(revokeApiKey, ids.dpo, { id }, { now: new Date(now.getTime() + 2_000) })).toMatchObject({
      ok: true,
    });
    expect((await keyRow(id)).revokedAt?.toISOString()).toBe(first.toISOString());
  });

  it("answers NOT_FOUND for an unknown key and writes nothing", async () => {
    const before = await state();
    const result = await executeAction(revokeApiKey, ids.dpo, { id: "00000000-0000-4000-8000-000000000000" }, { now });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", message: "apiKeys.errors.notFound" });
    expect(await state()).toEqual(before);
  });
});

describe("who may manage API keys", () => {
  it.each(["security", "auditor"] as const)(
    "refuses creation and revocation to the %s role and logs only access.denied",
    async (role) => {
      const { id } = await create("Cible", ["consent:read"]);
      const attempts: [Mutation<z.ZodType, unknown>, unknown][] = [
        [createApiKey as Mutation<z.ZodType, unknown>, { name: "Clé pirate", scopes: ["consent:write"] }],
        [revokeApiKey as Mutation<z.ZodType, unknown>, { id }],
      ];
      for (const [mutation, input] of attempts) {
        const before = await state();
        const result = await executeAction(mutation, ids[role], input, { now });
        expect(result).toEqual({ ok: false, code: "FORBIDDEN", message: "errors.forbidden" });
        const after = await state();
        expect({ keys: after.keys, rows: after.rows }).toEqual({ keys: before.keys, rows: before.rows });
        expect(after.audit).toBe(before.audit + 1);
        expect((await auditEntries(db(), "access.denied")).at(-1)).toMatchObject({
          actorId: ids[role],
          entityId: mutation.name,
          meta: { permission: "apiKeys:manage", role },
        });
      }
    },
  );

  it("lists keys for the DPO only, without their hashes", async () => {
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    const list = await listApiKeys(dpo, db());
    expect(list.length).toBe((await state()).keys);
    expect(list[0]).not.toHaveProperty("secretHash");
    const hashes = (await db().select({ hash: apiKeys.secretHash }).from(apiKeys)).map((r) => r.hash);
    const text = JSON.stringify(list);
    for (const hash of hashes) expect(text).not.toContain(hash);
    for (const role of ["security", "auditor"] as const) {
      const actor = (await loadActor(db(), ids[role], now))!;
      await expect(listApiKeys(actor, db())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
