import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { processingActivities } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { entryLinksJson, unsafeFindEntriesByReferences, listEntryLinks } from "./lookup";
import { insertActivities, saveActivity } from "./store";
import type { ProcessingActivity } from "./schemas";
import { buildControllerEntry, buildProcessorEntry } from "./test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-20T10:00:00Z");
const references: string[] = [];

beforeAll(async () => {
  const ctx = { tx: db(), actor: { id: null, label: "test" }, now: NOW };
  const rows = await insertActivities(
    ctx,
    [buildControllerEntry(), buildProcessorEntry({ status: "retired" })],
    "create",
  );
  references.push(...rows.map((row) => row.reference));
});

describe("register lookups", () => {
  it("finds the entries that exist among the references, with their data categories and lawful bases", async () => {
    const [billing, mvno] = references as [string, string];
    const found = await unsafeFindEntriesByReferences(db(), [mvno, "TRT-9999", billing]);
    expect(found).toEqual([
      {
        reference: billing,
        name: "Facturation des abonnés mobiles",
        status: "active",
        dataCategories: ["civil_identity", "billing_payment", "billing_traffic"],
        legalBases: ["contract", "legal_obligation"],
        dataSubjectCategories: ["Abonnés mobiles"],
        processors: [{ name: "Imprimerie Durand", service: "Impression et mise sous pli", country: "FR" }],
        transfers: [],
      },
      {
        reference: mvno,
        name: "Acheminement du trafic d'un MVNO",
        status: "retired",
        dataCategories: [],
        legalBases: [],
        dataSubjectCategories: [],
        processors: [{ name: "Imprimerie Durand", service: "Impression et mise sous pli", country: "FR" }],
        transfers: [],
      },
    ]);
    expect(await unsafeFindEntriesByReferences(db(), [])).toEqual([]);
  });

  it("lists every entry, retired ones included, for whoever reads the register", async () => {
    for (const role of ["dpo", "security", "auditor"] as const) {
      const actor = (await loadActor(db(), (await unsafeCreateUser(db(), { role })).id, NOW))!;
      const list = await listEntryLinks(actor, db());
      expect(list.map((entry) => entry.reference)).toEqual(expect.arrayContaining(references));
      expect(list.find((entry) => entry.reference === references[1])).toMatchObject({ status: "retired" });
    }
  });

  it("serves the list's JSON from memory while the register is unchanged, and the new list after a save", async () => {
    const actor = (await loadActor(db(), (await unsafeCreateUser(db(), { role: "dpo" })).id, NOW))!;
    expect(JSON.parse(await entryLinksJson(actor, db()))).toEqual(await listEntryLinks(actor, db()));
    expect(await entryLinksJson(actor, db())).toBe(await entryLinksJson(actor, db()));
    const [row] = await db()
      .select()
      .from(processingActivities)
      .where(eq(processingActivities.reference, references[0]!));
    const ctx = { tx: db(), actor: { id: null, label: "test" }, now: NOW };
    await saveActivity(ctx, row!, { ...(row!.content as ProcessingActivity), name: "Facturation renommée" }, "update");
    const after = JSON.parse(await entryLinksJson(actor, db())) as { reference: string; name: string }[];
    expect(after.find((entry) => entry.reference === references[0])!.name).toBe("Facturation renommée");
    expect(after).toEqual(await listEntryLinks(actor, db()));
  });
});
