import { describe, expect, it } from "vitest";
import { incidentNotifications, incidents, processingActivities } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { computeObligations } from "@/lib/incidents/clocks/clocks";
import { DEFAULT_INCIDENT_SETTINGS, engineOptions, toIncidentFacts } from "@/lib/incidents/clocks/facts";
import { closingBlockers } from "@/lib/incidents/status";
import { useTestDatabase } from "@/lib/testing/db";

const database = useTestDatabase();

describe("demo incidents", () => {
  it("seeds about 25 incidents over three years: open ones with running clocks, one overdue, closed ones all met or explained", async () => {
    const db = database.current.handle.db;
    const now = new Date("2026-11-29T08:00:00Z");
    await seedDemo(db, now);
    const rows = await db.select().from(incidents);
    const sent = await db.select().from(incidentNotifications);
    expect(rows.length).toBe(28);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(28);
    // Issue 15.15: no two demo incidents read the same.
    expect(new Set(rows.map((r) => r.title)).size).toBe(28);
    expect(new Set(rows.map((r) => r.description)).size).toBe(28);
    const years = new Set(rows.map((r) => r.detectedAt.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(3);
    const statuses = rows.map((row) => {
      const clocks = computeObligations(
        toIncidentFacts(
          row,
          sent.filter((n) => n.incidentId === row.id),
        ),
        now,
        engineOptions(DEFAULT_INCIDENT_SETTINGS),
      );
      return { row, clocks };
    });
    const open = statuses.filter((s) => s.row.status !== "closed");
    expect(open.length).toBe(7);
    // Issue 14: each provisional case is shown at least once among the open incidents.
    const notices = (id: string) =>
      open.flatMap((s) => s.clocks.filter((c) => c.id === id && c.applies).flatMap((c) => c.messageKeys));
    expect(notices("gdpr-33")).toContain("incidents.clocks.personal_data_to_confirm");
    expect(notices("gdpr-34")).toContain("incidents.clocks.risk_not_assessed_yet");
    expect(notices("gdpr-34")).toContain("incidents.clocks.unintelligible_evidence_missing");
    // Art. 34(3)(c): the public communication is its own obligation, the individual notice replaced.
    const publicCommunications = open.flatMap((s) => s.clocks.filter((c) => c.id === "gdpr-34-public" && c.applies));
    expect(publicCommunications.length).toBeGreaterThanOrEqual(1);
    expect(
      open.some((s) =>
        s.clocks.some((c) => c.id === "gdpr-34" && c.notApplicableReason === "public_communication_instead"),
      ),
    ).toBe(true);
    expect(open.some((s) => s.row.nis2AwareAt && s.row.awareAt && s.row.nis2AwareAt < s.row.awareAt)).toBe(true);
    expect(open.filter((s) => s.clocks.some((c) => c.status === "overdue"))).toHaveLength(1);
    expect(open.filter((s) => s.clocks.some((c) => c.status === "pending")).length).toBeGreaterThanOrEqual(3);
    for (const s of statuses.filter((x) => x.row.status === "closed"))
      expect(closingBlockers(s.clocks), s.row.reference).toEqual([]);
    expect(sent.some((n) => n.delayReason)).toBe(true);
    const register = new Set(
      (await db.select({ reference: processingActivities.reference }).from(processingActivities)).map(
        (r) => r.reference,
      ),
    );
    const linked = rows.flatMap((r) => r.registerRefs);
    expect(linked.length).toBeGreaterThan(20);
    expect(linked.filter((reference) => !register.has(reference))).toEqual([]);
  });
});
