import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents, incidentTimeline } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { recordNis2Impact } from "./nis2-impact";
import { createIncident } from "./open";
import { clocksOf } from "../store";

/** NIS2 Art. 23(3): the incident's own severity — its impact on the service — recorded through the wrapper. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", security: "", auditor: "" };
const NOW = new Date("2026-11-23T12:00:00+01:00");
const impact = {
  usersAffected: "2400000",
  totalUsers: "21000000",
  durationMinutes: "190",
  completeOutage: false,
  geographicSpread: "cross_border",
  memberStates: "BE, lu",
  financialLossEur: "120000",
  annualTurnoverEur: "",
  maliciousAccess: false,
  harmToPersons: false,
};

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
});

async function open() {
  const result = await executeAction(
    createIncident,
    ids.security,
    { title: "Panne du cœur de réseau mobile", detectedAt: "2026-11-22T06:10", personalData: "false" },
    { now: NOW },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  const [row] = await db().select().from(incidents).where(eq(incidents.id, result.data.id));
  return row!;
}
const assess = (row: { id: string; version: number }, values: Record<string, unknown>, userId = ids.security) =>
  executeAction(recordNis2Impact, userId, { id: row.id, version: row.version, ...values }, { now: NOW });

describe("NIS2 impact assessment", () => {
  it("the security director records the impact: significant, the NIS2 clocks run, timeline and audit entry", async () => {
    const row = await open();
    expect(row.nis2Significant).toBe(false);
    const result = await assess(row, impact);
    expect(result).toMatchObject({ ok: true, data: { level: "significant" } });
    const [after] = await db().select().from(incidents).where(eq(incidents.id, row.id));
    expect(after).toMatchObject({ nis2Significant: true, version: row.version + 1 });
    expect(after!.nis2Impact).toEqual({
      usersAffected: 2_400_000,
      totalUsers: 21_000_000,
      durationMinutes: 190,
      completeOutage: false,
      geographicSpread: "cross_border",
      memberStates: ["BE", "LU"],
      financialLossEur: 120_000,
      annualTurnoverEur: null,
      maliciousAccess: false,
      harmToPersons: false,
    });
    const { clocks } = await clocksOf(db(), after!, NOW);
    expect(clocks.find((c) => c.id === "nis2-early-warning")).toMatchObject({ applies: true });
    const audit = (await auditEntries(db(), "incident.nis2_impact")).at(-1)!;
    expect(audit).toMatchObject({ entityId: row.id });
    expect(audit.after).toMatchObject({ nis2Significant: true, level: "significant", criteria: ["service_degraded"] });
    const notes = await db().select().from(incidentTimeline).where(eq(incidentTimeline.incidentId, row.id));
    expect(notes.some((n) => n.data && (n.data as { nis2Level?: string }).nis2Level === "significant")).toBe(true);
  });

  it("a short local outage with every fact known is not significant: the NIS2 clocks stop", async () => {
    const row = await open();
    await assess(row, impact);
    const [current] = await db().select().from(incidents).where(eq(incidents.id, row.id));
    const result = await assess(current!, {
      ...impact,
      usersAffected: "3000",
      durationMinutes: "25",
      geographicSpread: "local",
      memberStates: "",
      financialLossEur: "0",
    });
    expect(result).toMatchObject({ ok: true, data: { level: "not_significant" } });
    const [after] = await db().select().from(incidents).where(eq(incidents.id, row.id));
    expect(after!.nis2Significant).toBe(false);
    const { clocks } = await clocksOf(db(), after!, NOW);
    expect(clocks.find((c) => c.id === "nis2-early-warning")).toMatchObject({
      applies: false,
      notApplicableReason: "nis2_not_significant",
    });
  });

  it.each([
    ["more users affected than in total", { usersAffected: "30000000" }, "usersAffected"],
    ["a negative duration", { durationMinutes: "-5" }, "durationMinutes"],
    ["a fractional loss", { financialLossEur: "12.5" }, "financialLossEur"],
    ["an unknown spread", { geographicSpread: "planetary" }, "geographicSpread"],
    ["a Member State that is not a code", { memberStates: "Belgique" }, "memberStates.0"],
    ["Member States without a cross-border spread", { geographicSpread: "national" }, "memberStates"],
    ["a huge amount", { financialLossEur: "1e30" }, "financialLossEur"],
  ])("refuses %s on its field, nothing written", async (_name, values, field) => {
    const row = await open();
    const before = await auditCount(db());
    const result = await assess(row, { ...impact, ...values });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await auditCount(db())).toBe(before);
    const [after] = await db().select().from(incidents).where(eq(incidents.id, row.id));
    expect(after).toMatchObject({ version: row.version, nis2Impact: null });
  });

  it("the auditor is refused; a stale version is a conflict", async () => {
    const row = await open();
    expect(await assess(row, impact, ids.auditor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await assess({ ...row, version: row.version + 5 }, impact, ids.dpo)).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const [after] = await db().select().from(incidents).where(eq(incidents.id, row.id));
    expect(after!.nis2Impact).toBeNull();
  });
});
