import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postDetectionTest } from "@/app/api/v1/security/detection-tests/route";
import { POST as postFinding } from "@/app/api/v1/security/findings/route";
import { securityDetectionTests, securityFindings, securitySystems } from "@/db/schema";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const keys = { write: "", incidents: "" };

beforeAll(async () => {
  for (const [name, scopes] of [
    ["write", ["security:write"]],
    ["incidents", ["incidents:write"]],
  ] as const) {
    keys[name] = (
      await unsafeInsertApiKey(db(), { name: `key-${name}`, scopes: [...scopes], createdBy: null, now: new Date() })
    ).key;
  }
  const now = new Date();
  await db()
    .insert(securitySystems)
    .values(
      ["Billing", "CRM"].map((name) => ({
        name,
        owner: "DSI",
        hosting: "on_premises" as const,
        criticality: "high" as const,
        exposure: "internet" as const,
        createdAt: now,
        updatedAt: now,
      })),
    );
});

function send(handler: (r: Request) => Promise<Response>, path: string, body: unknown, key = keys.write) {
  return handler(
    new Request(`http://vigie.test/api/v1/security/${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
const finding = (body: unknown, key?: string) => send(postFinding, "findings", body, key);
const detectionTest = (body: unknown, key?: string) => send(postDetectionTest, "detection-tests", body, key);

async function state() {
  const [f] = await db().select({ value: count() }).from(securityFindings);
  const [t] = await db().select({ value: count() }).from(securityDetectionTests);
  return { findings: f!.value, tests: t!.value, audit: await auditCount(db()) };
}

const body = {
  externalId: "VULN-1234",
  title: "SQL injection in the invoice search",
  severity: "critical",
  owner: "Billing team",
  systems: ["Billing", "CRM"],
  openedOn: "2026-11-20",
};

describe("POST /api/v1/security/findings", () => {
  it("creates a finding due by its severity (201), audit-logged with the key", async () => {
    const response = await finding(body);
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toMatchObject({
      externalId: "VULN-1234",
      status: "open",
      dueOn: "2026-12-20",
      systems: ["Billing", "CRM"],
    });
    const entry = (await auditEntries(db(), "security.finding_intake")).at(-1)!;
    expect(entry).toMatchObject({ entityId: json.id, actorId: null });
    expect(entry.actorLabel).toContain("key-write");
  });

  it("is idempotent on externalId: 200 with the stored finding, nothing written, also in parallel", async () => {
    const before = await state();
    const response = await finding({ ...body, title: "changed" });
    expect(response.status).toBe(200);
    expect((await response.json()).title).toBe(body.title);
    expect(await state()).toEqual(before);
    const responses = await Promise.all(Array.from({ length: 10 }, () => finding({ ...body, externalId: "VULN-PAR" })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect((await state()).findings).toBe(before.findings + 1);
  });

  it.each([
    ["an unknown system", { ...body, externalId: "a", systems: ["Billing", "Nope"] }, "systems.1"],
    ["an opening day in the future", { ...body, externalId: "b", openedOn: "2999-01-01" }, "openedOn"],
    ["an impossible day", { ...body, externalId: "c", openedOn: "2026-02-30" }, "openedOn"],
    ["a NUL in the title", { ...body, externalId: "d", title: "a\u0000b" }, "title"],
    ["a lone surrogate in the owner", { ...body, externalId: "e", owner: "x\ud800" }, "owner"],
    ["an unknown severity", { ...body, externalId: "f", severity: "urgent" }, "severity"],
    ["an unknown field", { ...body, externalId: "g", extra: 1 }, ""],
    ["no system", { ...body, externalId: "h", systems: [] }, "systems"],
    ["an unknown incident", { ...body, externalId: "i", incident: "INC-1999-0001" }, "incident"],
    ["no externalId", { ...body, externalId: undefined }, "externalId"],
  ])("400 naming the field on %s, nothing written", async (_name, payload, path) => {
    const before = await state();
    const response = await finding(payload);
    expect(response.status).toBe(400);
    const { code, issues } = await response.json();
    expect(code).toBe("VALIDATION");
    expect(issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await state()).toEqual(before);
  });

  it("400 on malformed JSON, 413 on a huge body, 401 bad key, 403 wrong scope — nothing written", async () => {
    const before = await state();
    expect((await finding("{not json")).status).toBe(400);
    expect((await finding({ ...body, externalId: "big", description: "x".repeat(1_100_000) })).status).toBe(413);
    expect((await finding(body, "vgk_unknown")).status).toBe(401);
    expect((await finding({ ...body, externalId: "scope" }, keys.incidents)).status).toBe(403);
    expect(await state()).toEqual(before);
  });
});

describe("POST /api/v1/security/detection-tests", () => {
  const test = {
    externalId: "SOC-77",
    system: "Billing",
    testedOn: "2026-11-15",
    result: "detected",
    scenario: "Purple team",
  };

  it("records a test (201), then returns it for the same externalId (200)", async () => {
    const created = await detectionTest(test);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ externalId: "SOC-77", system: "Billing", result: "detected" });
    expect((await auditEntries(db(), "security.detection_test_intake")).length).toBe(1);
    const before = await state();
    expect((await detectionTest(test)).status).toBe(200);
    expect(await state()).toEqual(before);
  });

  it.each([
    ["an unknown system", { ...test, externalId: "t1", system: "Nope" }, "system"],
    ["a day in the future", { ...test, externalId: "t2", testedOn: "2999-12-31" }, "testedOn"],
    ["year 10000", { ...test, externalId: "t3", testedOn: "+10000-01-01" }, "testedOn"],
    ["an unknown result", { ...test, externalId: "t4", result: "great" }, "result"],
    ["a NUL in the scenario", { ...test, externalId: "t5", scenario: "\u0000" }, "scenario"],
    ["a lone surrogate in the scenario", { ...test, externalId: "t6", scenario: "a\udfff" }, "scenario"],
    ["a lone surrogate in the system", { ...test, externalId: "t7", system: "\ud800" }, "system"],
    ["a NUL in the externalId", { ...test, externalId: "t8\u0000" }, "externalId"],
  ])("400 naming the field on %s, nothing written", async (_name, payload, path) => {
    const before = await state();
    const response = await detectionTest(payload);
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await state()).toEqual(before);
  });

  it("400 on malformed JSON, 413 on a huge body, 401 bad key, 403 wrong scope — nothing written", async () => {
    const before = await state();
    expect((await detectionTest('{"externalId": ')).status).toBe(400);
    expect((await detectionTest({ ...test, externalId: "big", scenario: "x".repeat(1_100_000) })).status).toBe(413);
    expect((await detectionTest(test, "vgk_unknown")).status).toBe(401);
    expect((await detectionTest({ ...test, externalId: "scope" }, keys.incidents)).status).toBe(403);
    expect(await state()).toEqual(before);
  });
});
