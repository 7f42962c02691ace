import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  incidents,
  securityAuditProviders,
  securityAudits,
  securityDetectionTests,
  securityFindingIncidents,
  securityFindings,
  securitySettings,
  securitySystems,
} from "@/db/schema";
import { executeAction, mutationOf, type Mutation } from "@/lib/action";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { z } from "zod";
import * as actions from "./actions";
import { MAX_REPORT_BYTES } from "./schemas";

/**
 * Hostile input at every server action of the security programme (issue 18 follow-up): a NUL, a lone
 * surrogate and a megabyte in one field of an otherwise valid input. Each is refused as a validation
 * error naming that field, and nothing is written (no row in any of the area's tables, no audit entry).
 */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-12-05T10:00:00Z");
const ids = { security: "", system: "", provider: "", finding: "", incident: "" };

beforeAll(async () => {
  ids.security = (await unsafeCreateUser(db(), { role: "security" })).id;
  const [system] = await db()
    .insert(securitySystems)
    .values({
      name: "Médiation",
      owner: "DSI",
      hosting: "on_premises",
      criticality: "critical",
      exposure: "internal",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  ids.system = system!.id;
  const [provider] = await db()
    .insert(securityAuditProviders)
    .values({ name: "ANSSI", kind: "anssi", createdAt: NOW })
    .returning();
  ids.provider = provider!.id;
  const [finding] = await db()
    .insert(securityFindings)
    .values({
      title: "Mot de passe par défaut",
      severity: "high",
      owner: "Ops",
      openedOn: "2026-11-01",
      dueOn: "2027-01-30",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  ids.finding = finding!.id;
  const [incident] = await db()
    .insert(incidents)
    .values({ reference: "INC-2026-0201", title: "Fuite", detectedAt: NOW, createdAt: NOW, updatedAt: NOW })
    .returning();
  ids.incident = incident!.id;
});

const system = () => ({
  name: "CRM",
  owner: "DSI",
  hosting: "saas",
  criticality: "high",
  exposure: "internet",
  registerEntryIds: [],
  sources: [{ kind: "waf", name: "WAF" }],
});

/** Per action: a valid input, and the field (dotted path) that receives the hostile value. */
const CASES: Record<string, { input: () => Record<string, unknown>; field: string }> = {
  "security.createSystem": { input: system, field: "name" },
  "security.updateSystem": { input: () => ({ ...system(), id: ids.system, version: 1 }), field: "owner" },
  "security.recordDetectionTest": {
    input: () => ({ systemId: ids.system, testedOn: "2026-12-01", result: "detected", scenario: "ok" }),
    field: "scenario",
  },
  "security.createProvider": { input: () => ({ name: "Interne", kind: "internal" }), field: "name" },
  "security.recordAudit": {
    input: () => ({
      title: "Audit",
      kind: "configuration",
      providerId: ids.provider,
      systemIds: [ids.system],
      startedOn: "2026-11-02",
      result: "satisfactory",
      findings: [{ title: "Faille", severity: "low", owner: "Ops" }],
    }),
    field: "findings.0.owner",
  },
  "security.createFinding": {
    input: () => ({ title: "Faille", severity: "low", owner: "Ops", systemIds: [ids.system], openedOn: "2026-12-01" }),
    field: "description",
  },
  "security.changeFindingStatus": {
    input: () => ({ id: ids.finding, version: 1, status: "fixed", evidence: "Correctif" }),
    field: "evidence",
  },
  "security.acceptRisk": {
    input: () => ({ id: ids.finding, version: 1, rationale: "Système retiré en 2027", until: "2027-06-30" }),
    field: "rationale",
  },
  "security.verifyFinding": {
    input: () => ({ id: ids.finding, version: 1, retestOn: "2026-12-01", evidence: "Nouveau test" }),
    field: "evidence",
  },
  "security.linkFindingIncident": {
    input: () => ({ findingId: ids.finding, incidentId: ids.incident, relation: "exploited_in" }),
    field: "incidentId",
  },
  "security.updateSettings": {
    input: () => ({
      auditIntervalYears: { critical: 1, high: 2, medium: 3, low: 3 },
      findingDueDays: { critical: 30, high: 90, medium: 180, low: 365 },
    }),
    field: "findingDueDays.high",
  },
};

const HOSTILE: [string, string][] = [
  ["a NUL", "a\u0000b"],
  ["a lone surrogate", "x\ud800"],
  ["a trailing low surrogate", "\udfffz"],
  ["a megabyte", "x".repeat(1024 * 1024)],
];

function withValue(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

async function rows() {
  const tables = [
    securitySystems,
    securityDetectionTests,
    securityAuditProviders,
    securityAudits,
    securityFindings,
    securityFindingIncidents,
    securitySettings,
  ];
  const counts = await Promise.all(tables.map(async (t) => (await db().select({ n: count() }).from(t))[0]!.n));
  return { counts, audit: await auditCount(db()) };
}

const mutations = Object.values(actions).map((action) => mutationOf(action)!) as Mutation<z.ZodType, unknown>[];

describe("hostile input at every security programme action", () => {
  it("covers every action of the area", () => {
    expect(mutations.map((m) => m.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(mutations.map((m) => [m.name, m] as const))(
    "%s: the valid input passes its schema",
    async (_name, mutation) => {
      // The baseline passes the action's schema, so a refusal below comes from the hostile field only
      // (the test below also checks that the only field named is that one).
      const parsed = mutation.schema.safeParse(CASES[mutation.name]!.input());
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  for (const [label, value] of HOSTILE)
    it.each(mutations.map((m) => [m.name, m] as const))(
      `%s refuses ${label} by its field, writing nothing`,
      async (_name, mutation) => {
        const { input, field } = CASES[mutation.name]!;
        const before = await rows();
        const result = await executeAction(mutation, ids.security, withValue(input(), field, value), { now: NOW });
        expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
        expect(Object.keys((result as { fieldErrors?: object }).fieldErrors ?? {})).toEqual([field]);
        expect(await rows()).toEqual(before);
      },
    );

  it("refuses a report file over the limit by its field, writing nothing", async () => {
    const before = await rows();
    const report = new File([new Uint8Array(MAX_REPORT_BYTES + 1)], "rapport.pdf", { type: "application/pdf" });
    const result = await executeAction(
      mutations.find((m) => m.name === "security.recordAudit")!,
      ids.security,
      { ...CASES["security.recordAudit"]!.input(), report },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { report: ["securityProgramme.errors.fileTooLarge"] } });
    expect(await rows()).toEqual(before);
  });
});
