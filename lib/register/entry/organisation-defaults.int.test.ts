import { describe, expect, it } from "vitest";
import { organisation } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { getOrganisationDefaults } from "./organisation-defaults";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date("2026-06-15T12:00:00Z");

describe("a new entry's defaults (issue 15.14)", () => {
  it("pre-fills the DPO's name, not the job title", async () => {
    await db()
      .insert(organisation)
      .values({ id: 1, name: "Vigie Télécom SA", dpoContact: "dpo@vigie-telecom.example" })
      .onConflictDoNothing();
    const dpo = (await loadActor(
      db(),
      (await unsafeCreateUser(db(), { role: "dpo", name: "Claire Martin" })).id,
      now,
    ))!;
    const defaults = await getOrganisationDefaults(dpo, db());
    expect(defaults.dpo).toEqual({ name: "Claire Martin", contact: "dpo@vigie-telecom.example" });
  });
});
