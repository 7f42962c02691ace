import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import { verifyAuditChain } from "@/lib/audit/verify";
import { getRelease, listReleases } from "@/lib/releases/queries";
import { useTestDatabase } from "@/lib/testing/db";
import { seedDemo } from "./index";
import { DEMO_SERIES } from "./releases";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");

describe("the demo seed's statistics releases", () => {
  it("approves a road-traffic release where each check works, and flags the second of the series by differencing", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW);
    const [dpoRow] = await db.select().from(users).where(eq(users.role, "dpo"));
    const dpo = (await loadActor(db, dpoRow!.id, NOW))!;
    const list = await listReleases(dpo);
    expect(list.map((r) => [r.series, r.status])).toEqual([
      [DEMO_SERIES, "pending"],
      [DEMO_SERIES, "approved"],
    ]);
    const first = (await getRelease(dpo, list[1]!.reference))!;
    expect(first.summary).toMatchObject({ cells: 432, windows: 3, refusal: null });
    expect(first.summary.suppressed.primary).toBeGreaterThan(0);
    expect(first.summary.suppressed.complementary).toBeGreaterThan(0);
    expect(first.entry.legalBases).toEqual(["legitimate_interests"]);
    expect(first.decision).toMatchObject({ decision: "approved" });
    const second = (await getRelease(dpo, list[0]!.reference))!;
    expect(second.summary.differencing.earlierReleases).toBe(1);
    expect(second.summary.differencing.flagged).toBeGreaterThan(0);
    expect(second.criteria.find((c) => c.name === "linkability")?.answer).toBe("present");
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  });
});
