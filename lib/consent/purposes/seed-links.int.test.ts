import { describe, expect, it } from "vitest";
import { consentPurposes } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { demoPurposes } from "@/lib/demo/consent-purposes";
import { unsafeFindEntriesByReferences } from "@/lib/register/lookup";
import { useTestDatabase } from "@/lib/testing/db";
import { requiredLegalBasis } from "./kinds";

const database = useTestDatabase();

describe("the demo consent purposes", () => {
  it("serve demo register entries that exist, found by name, each with an entry of the basis its kind requires", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, new Date("2026-11-29T08:00:00Z"));
    const purposes = await db.select().from(consentPurposes);
    expect(purposes).toHaveLength(demoPurposes.length);
    for (const purpose of purposes) {
      const demo = demoPurposes.find((p) => p.key === purpose.key)!;
      expect(purpose.kind, purpose.key).toBe(demo.kind);
      const entries = await unsafeFindEntriesByReferences(db, purpose.registerRefs);
      expect(entries.map((e) => e.name).sort(), purpose.key).toEqual([...demo.registerEntries].sort());
      expect(
        entries.some((e) => e.legalBases.includes(requiredLegalBasis[purpose.kind])),
        purpose.key,
      ).toBe(true);
    }
    // The opt-out purpose rests on legitimate interests alone: no stand-in consent basis in its register entry.
    const mobility = purposes.find((p) => p.key === "mobility_statistics_optout")!;
    expect(mobility.kind).toBe("objection");
    expect((await unsafeFindEntriesByReferences(db, mobility.registerRefs)).map((e) => e.legalBases)).toEqual([
      ["legitimate_interests"],
    ]);
  });
});
