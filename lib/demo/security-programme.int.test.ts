import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { loadActor } from "@/lib/auth/actor";
import { listAudits } from "@/lib/security-programme/audit-queries";
import { listSystems, securityOverview } from "@/lib/security-programme/queries";
import { useTestDatabase } from "@/lib/testing/db";
import { auditEntries } from "@/lib/testing/fixtures";

const database = useTestDatabase();

it("seeds the security programme: seven systems with gaps, PASSI audits over three years, two overdue findings, one tied to the URL breach that happened twice", async () => {
  const db = database.current.handle.db;
  const now = new Date("2026-12-05T08:00:00Z");
  await seedDemo(db, now);
  const [auditor] = await db.select().from(users).where(eq(users.role, "auditor"));
  const actor = (await loadActor(db, auditor!.id, now))!;

  const systems = await listSystems(actor, now, db);
  expect(systems.map((s) => s.name)).toHaveLength(7);
  const mediation = systems.find((s) => s.name === "Plateforme de médiation (CDR)")!;
  expect(mediation.sensitivity.holdsTraffic).toBe(true);
  expect(systems.find((s) => s.name === "Plateforme de localisation")!.sensitivity.holdsLocation).toBe(true);
  const levels = new Set(systems.map((s) => s.coverage.level));
  expect([...levels].sort()).toEqual(["covered", "missing", "partial"]);
  expect(systems.find((s) => s.name === "Espace client web et application")!.coverage.reasons).toContainEqual(
    expect.objectContaining({ code: "no_recent_test", maxAgeMonths: 12 }),
  );

  const overview = await securityOverview(actor, now, db);
  expect(overview.overdueCount).toBe(2);
  expect(overview.openFindings.slice(0, 2).every((f) => f.overdueDays > 0)).toBe(true);
  const url = overview.openFindings.find((f) => f.title.startsWith("Manipulation d'URL"))!;
  expect(url.incidents.map((i) => i.relation).sort()).toEqual(["exploited_in", "revealed_by"]);
  expect(url.incidents[0]!.reference).not.toBe(url.incidents[1]!.reference);
  expect(overview.auditsDue.map((d) => d.name)).toContain("Data lake");

  const audits = await listAudits(actor, db);
  const years = new Set(audits.map((a) => a.startedOn.slice(0, 4)));
  expect(years.size).toBeGreaterThanOrEqual(3);
  const flagged = audits.find((a) => a.title === "Test d'intrusion HLR/HSS et localisation")!;
  expect(flagged.passiIssues.map((i) => i.code).sort()).toEqual(["expired", "outside_scope"]);
  expect((await auditEntries(db, "security.system_create")).length).toBe(7);
});
