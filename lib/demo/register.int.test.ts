import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { processingActivities, processingActivityVersions, users } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import { verifyAuditChain } from "@/lib/audit/verify";
import { registerFiltersSchema } from "@/lib/register/list/filters";
import { listActivities, registerSummary } from "@/lib/register/queries";
import { useTestDatabase } from "@/lib/testing/db";
import { seedDemo } from "./index";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");

describe("the demo seed's register", () => {
  it("writes about forty entries with history, an intact audit chain, and an older register as of a past date", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW);
    const [entries] = await db.select({ value: count() }).from(processingActivities);
    const [versions] = await db.select({ value: count() }).from(processingActivityVersions);
    expect(entries!.value).toBe(40);
    expect(versions!.value).toBeGreaterThan(60);
    expect(await db.select().from(processingActivities).where(eq(processingActivities.status, "retired"))).toHaveLength(
      1,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });

    const [dpoRow] = await db.select().from(users).where(eq(users.role, "dpo"));
    const dpo = (await loadActor(db, dpoRow!.id, NOW))!;
    const current = await listActivities(dpo, registerFiltersSchema.parse({}), NOW);
    const yearAgo = await listActivities(dpo, registerFiltersSchema.parse({ asOf: "2025-11-29" }), NOW);
    expect(current.total).toBe(40);
    expect(yearAgo.total).toBeGreaterThan(5);
    expect(yearAgo.total).toBeLessThan(40);
    const summary = await registerSummary(dpo, NOW);
    expect(summary.missingDpia).toBeGreaterThan(0);
    expect(summary.reviewsOverdue).toBeGreaterThan(0);
  });
});
