import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as auditPackRoute } from "@/app/api/v1/audit-pack/route";
import { GET as publicKeyRoute } from "@/app/api/v1/audit-pack/public-key/route";
import { GET as registerRoute } from "@/app/api/v1/register/route";
import { exportHistory } from "@/db/schema";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { seedDemo } from "@/lib/demo";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { isoDateInZone } from "@/lib/time/zone-days";
import { generateSigningKeyPem } from "../pack/signing-key";
import { verifyPackEntries } from "../pack/verify";
import { readPackEntries } from "../pack/read-zip";
import { registerPageSchema } from "../register/json-schema";
import { readRegisterRecords } from "../register/source";

/**
 * The machine routes of the exports: the register a page at a time (`register:read`) and the
 * signed audit pack (`exports:read`), through the real route handlers and API-key door.
 */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const ORIGIN = "http://vigie.test";
const ZONE = "Europe/Paris";
const saved = { key: process.env.VIGIE_SIGNING_KEY, dir: process.env.VIGIE_EXPORT_DIR };
let exportDir = "";
const keys = { pack: "", register: "", packId: "", registerId: "" };

const get = (route: (request: Request) => Promise<Response>, url: string, key: string) =>
  route(new Request(`${ORIGIN}${url}`, { headers: { authorization: `Bearer ${key}` } }));

async function written() {
  const [history] = await db().select({ value: count() }).from(exportHistory);
  return { history: history!.value, audit: await auditCount(db()), files: fs.readdirSync(exportDir).length };
}

beforeAll(async () => {
  process.env.VIGIE_SIGNING_KEY = generateSigningKeyPem();
  exportDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-machine-exports-"));
  process.env.VIGIE_EXPORT_DIR = exportDir;
  await seedDemo(db(), new Date());
  const now = new Date();
  const pack = await unsafeInsertApiKey(db(), { name: "Archivage", scopes: ["exports:read"], createdBy: null, now });
  const register = await unsafeInsertApiKey(db(), { name: "GRC", scopes: ["register:read"], createdBy: null, now });
  Object.assign(keys, { pack: pack.key, packId: pack.row.id, register: register.key, registerId: register.row.id });
});

afterAll(() => {
  for (const [name, value] of [
    ["VIGIE_SIGNING_KEY", saved.key],
    ["VIGIE_EXPORT_DIR", saved.dir],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  fs.rmSync(exportDir, { recursive: true, force: true });
});

describe("GET /api/v1/audit-pack", () => {
  it("streams a signed pack that verifies against the public key route, recorded in the history and the audit log", async () => {
    const today = isoDateInZone(new Date(), ZONE);
    const from = isoDateInZone(new Date(Date.now() - 30 * 86_400_000), ZONE);
    const response = await get(auditPackRoute, `/api/v1/audit-pack?from=${from}&to=${today}`, keys.pack);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const bytes = Buffer.from(await response.arrayBuffer());
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(response.headers.get("x-content-sha256")).toBe(sha256);

    const keyResponse = await get(publicKeyRoute, "/api/v1/audit-pack/public-key", keys.pack);
    expect(keyResponse.status).toBe(200);
    const verdict = verifyPackEntries(await readPackEntries(bytes), { trustedPublicKeyPem: await keyResponse.text() });
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.keySource).toBe("trusted");
    expect(verdict.manifest.period).toEqual({ from, to: today, timeZone: ZONE });
    const label = `API key "Archivage" (${keys.packId})`;
    expect(verdict.manifest.generatedBy).toBe(label);

    const [row] = await db().select().from(exportHistory).where(eq(exportHistory.sha256, sha256));
    expect(row).toMatchObject({
      report: "audit-pack",
      format: "zip",
      scope: { from, to: today },
      size: bytes.length,
      createdBy: null,
      createdByLabel: label,
    });
    const entry = (await auditEntries(db(), "export.create")).find((e) => e.entityId === row!.id);
    expect(entry).toMatchObject({
      actorId: null,
      actorLabel: label,
      meta: { report: "audit-pack", format: "zip", scope: { from, to: today }, size: bytes.length, sha256 },
    });
  });

  it("answers 403 to a key without exports:read, and writes nothing", async () => {
    const before = await written();
    for (const url of ["/api/v1/audit-pack?from=2026-01-01&to=2026-01-31", "/api/v1/audit-pack/public-key"]) {
      const response = await get(url.includes("public") ? publicKeyRoute : auditPackRoute, url, keys.register);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ code: "FORBIDDEN", message: expect.stringContaining("exports:read") });
    }
    expect(await written()).toEqual(before);
  });

  it.each([
    ["a NUL character", "from=2026-01-01%00&to=2026-01-31", "from"],
    ["an impossible date", "from=2026-02-01&to=2026-02-30", "to"],
    ["to before from", "from=2026-01-31&to=2026-01-01", "to"],
    ["a huge period", "from=1970-01-01&to=2026-01-31", "to"],
    ["a period in the future", "from=2026-01-01&to=2999-12-31", "to"],
    ["a missing period", "", "from"],
    ["a parameter given twice", "from=2026-01-01&from=2026-01-02&to=2026-01-31", "from"],
    ["an unknown parameter", "from=2026-01-01&to=2026-01-31&format=pdf", "format"],
  ])("answers 400 naming the parameter to %s, and writes nothing", async (_case, query, field) => {
    const before = await written();
    const response = await get(auditPackRoute, `/api/v1/audit-pack?${query}`, keys.pack);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("VALIDATION");
    expect(body.issues.map((issue: { path: string }) => issue.path)).toContain(field);
    expect(await written()).toEqual(before);
  });
});

describe("GET /api/v1/register", () => {
  it("pages through the whole register in the published schema, each call audit-logged", async () => {
    const all = await readRegisterRecords(db(), {}, { afterReference: null, limit: 10_000, timeZone: ZONE });
    expect(all.length).toBeGreaterThan(20);
    const before = (await auditEntries(db(), "register.api_read")).length;
    const seen: string[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const url: string = `/api/v1/register?limit=15${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await get(registerRoute, url, keys.register);
      expect(response.status).toBe(200);
      const page = registerPageSchema.parse(await response.json());
      seen.push(...page.entries.map((entry) => entry.reference));
      cursor = page.nextCursor;
      calls++;
    } while (cursor);
    expect(seen).toEqual(all.map((record) => record.reference));
    const entries = (await auditEntries(db(), "register.api_read")).slice(before);
    expect(entries).toHaveLength(calls);
    expect(entries[0]).toMatchObject({
      actorId: null,
      actorLabel: `API key "GRC" (${keys.registerId})`,
      meta: { asOf: null, limit: 15, after: null, count: 15, first: all[0]!.reference, last: all[14]!.reference },
    });
  });

  it("answers the register as of a past day: an entry created since is not in it", async () => {
    const response = await get(registerRoute, "/api/v1/register?asOf=2000-01-01&limit=500", keys.register);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ asOf: "2000-01-01", entries: [], nextCursor: null });
  });

  it.each([
    ["a NUL character", "asOf=2026-01-01%00", "asOf"],
    ["an impossible date", "asOf=2026-02-30", "asOf"],
    ["a day in the future", "asOf=2999-01-01", "asOf"],
    ["a forged cursor", "cursor=not%20a%20cursor", "cursor"],
    ["a huge limit", "limit=1000000", "limit"],
  ])("answers 400 naming the parameter to %s, and writes nothing", async (_case, query, field) => {
    const before = await written();
    const response = await get(registerRoute, `/api/v1/register?${query}`, keys.register);
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((issue: { path: string }) => issue.path)).toContain(field);
    expect(await written()).toEqual(before);
  });

  it("answers 403 to a key without register:read, and writes nothing", async () => {
    const before = await written();
    const response = await get(registerRoute, "/api/v1/register", keys.pack);
    expect(response.status).toBe(403);
    expect(await written()).toEqual(before);
  });
});
