import { describe, expect, it } from "vitest";
import { canActivate } from "@/lib/register/completeness/completeness";
import { processingActivitySchema } from "@/lib/register/schemas";
import { DEMO_REGISTER } from "./register";
import { buildEntry } from "./register-builders";

const NOW = new Date("2026-11-29T10:00:00Z");

describe("the demo register", () => {
  const entries = DEMO_REGISTER.map((spec) => buildEntry(spec, NOW));

  it("holds about forty entries with distinct names", () => {
    expect(entries.length).toBeGreaterThanOrEqual(38);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
  });

  it("holds only entries the register's schema accepts as drafts", () => {
    for (const entry of entries) {
      const result = processingActivitySchema.safeParse(entry);
      expect(result.success, `${entry.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("mixes complete entries with realistically incomplete ones, controllers with processors", () => {
    const complete = entries.filter((e) => canActivate({ ...e, status: "active" })).length;
    expect(complete).toBeGreaterThan(entries.length / 2);
    expect(complete).toBeLessThan(entries.length);
    expect(entries.filter((e) => e.role === "processor").length).toBeGreaterThanOrEqual(1);
    expect(entries.some((e) => e.transfers.some((t) => t.mechanism === "sccs"))).toBe(true);
  });
});
