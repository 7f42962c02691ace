import { beforeAll, describe, expect, it } from "vitest";
import { securitySettings, securitySystems } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { getSecuritySettings } from "../queries";
import { DEFAULT_SECURITY_SETTINGS } from "../settings";
import { createFinding } from "./findings";
import { updateSecuritySettings } from "./settings";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-12-05T10:00:00Z");
const ids = { security: "", dpo: "", auditor: "", system: "" };

beforeAll(async () => {
  for (const role of ["security", "dpo", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const [system] = await db()
    .insert(securitySystems)
    .values({
      name: "Facturation",
      owner: "DSI",
      hosting: "on_premises",
      criticality: "critical",
      exposure: "internet",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  ids.system = system!.id;
});

const settings = {
  auditIntervalYears: { critical: 1, high: 1, medium: 2, low: 5 },
  findingDueDays: { critical: 7, high: 30, medium: 90, low: 180 },
};

const dueOf = async (userId: string) => {
  const result = await executeAction(
    createFinding,
    userId,
    { title: "TLS 1.0", severity: "critical", owner: "Ops", systemIds: [ids.system], openedOn: "2026-12-01" },
    { now: NOW },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.dueOn;
};

describe("security.updateSettings", () => {
  it("the security director sets the periods; new findings are due by them; the entry keeps what was replaced", async () => {
    expect(await dueOf(ids.security)).toBe("2026-12-31");
    const result = await executeAction(updateSecuritySettings, ids.security, settings, { now: NOW });
    expect(result).toEqual({ ok: true, data: settings });
    expect(await dueOf(ids.security)).toBe("2026-12-08");
    const entry = (await auditEntries(db(), "security.settings_update")).at(-1)!;
    expect(entry).toMatchObject({
      entityType: "security_settings",
      before: DEFAULT_SECURITY_SETTINGS,
      after: settings,
    });
    const auditor = (await loadActor(db(), ids.auditor, NOW))!;
    expect(await getSecuritySettings(auditor, NOW, db())).toEqual(settings);
  });

  it("the DPO may change them again: one row, the entry's before is the previous save", async () => {
    const next = { ...settings, findingDueDays: { ...settings.findingDueDays, critical: 15 } };
    expect((await executeAction(updateSecuritySettings, ids.dpo, next, { now: NOW })).ok).toBe(true);
    expect(await db().select().from(securitySettings)).toHaveLength(1);
    expect((await auditEntries(db(), "security.settings_update")).at(-1)).toMatchObject({
      before: settings,
      after: next,
    });
  });

  it("refuses out-of-range, fractional or missing values by field, writing nothing", async () => {
    const before = await auditCount(db());
    const [stored] = await db().select().from(securitySettings);
    const result = await executeAction(
      updateSecuritySettings,
      ids.security,
      {
        auditIntervalYears: { critical: 0, high: "1.5", medium: 11, low: "\u0000" },
        findingDueDays: { critical: 10_000, high: 30, medium: 90 },
      },
      { now: NOW },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "auditIntervalYears.critical": ["securityProgramme.errors.yearsRange"],
        "auditIntervalYears.high": ["securityProgramme.errors.wholeNumber"],
        "auditIntervalYears.medium": ["securityProgramme.errors.yearsRange"],
        "auditIntervalYears.low": ["securityProgramme.errors.wholeNumber"],
        "findingDueDays.critical": ["securityProgramme.errors.daysRange"],
        "findingDueDays.low": ["securityProgramme.errors.wholeNumber"],
      },
    });
    expect(await auditCount(db())).toBe(before);
    expect(await db().select().from(securitySettings)).toEqual([stored]);
  });

  it("refuses the auditor, logging access.denied only", async () => {
    const before = await auditCount(db());
    expect(await executeAction(updateSecuritySettings, ids.auditor, settings, { now: NOW })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await auditCount(db())).toBe(before + 1);
    expect((await auditEntries(db(), "access.denied")).at(-1)!.entityId).toBe("security.updateSettings");
  });
});
