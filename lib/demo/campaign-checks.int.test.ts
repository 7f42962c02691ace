import { describe, expect, it } from "vitest";
import { campaignChecks } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { useTestDatabase } from "@/lib/testing/db";
import { seedDemo } from "./index";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");

describe("the demo seed's campaign checks", () => {
  it("checks four campaign lists through the gate, each with allowed, refused and never-asked subscribers", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW, { consentEvents: 8_000 });
    const checks = await db.select().from(campaignChecks);
    expect(checks).toHaveLength(4);
    for (const check of checks) {
      expect(check.via).toBe("ui");
      expect(check.allowed + check.refused).toBe(check.distinctRefs);
      expect(check.allowed).toBeGreaterThan(0);
      expect(check.refused).toBeGreaterThan(0);
      expect(check.unknown).toBeGreaterThan(0);
      expect(check.checkedAt.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  }, 120_000);
});
