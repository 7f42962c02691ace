import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents, users } from "@/db/schema";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { seedDemo } from "@/lib/demo";
import { useTestDatabase } from "@/lib/testing/db";
import { incidentOverview } from "./overview";
import { listIncidents } from "./queries";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date();
let dpo: Actor;

beforeAll(async () => {
  await seedDemo(db(), NOW);
  const [user] = await db().select().from(users).where(eq(users.role, "dpo"));
  dpo = (await loadActor(db(), user!.id, NOW))!;
});

/** A direct change of an incident row, bumping its version as every write does; the row as it was. */
async function changeIncident(id: string, changes: Partial<typeof incidents.$inferInsert>) {
  const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
  await db()
    .update(incidents)
    .set({ ...changes, version: row!.version + 1, updatedAt: new Date() })
    .where(eq(incidents.id, id));
  return row;
}

describe("incidents list (issue 16: open scope, cached closed summaries)", () => {
  it("the open scope is the full list without the closed incidents, in the same order", async () => {
    const all = await listIncidents(dpo, NOW, db(), "all");
    const open = await listIncidents(dpo, NOW, db(), "open");
    expect(all.some((s) => s.status === "closed")).toBe(true);
    expect(open.length).toBeGreaterThan(0);
    expect(open).toEqual(all.filter((s) => s.status !== "closed"));
  });

  it("the overview card gets the counts and only the five nearest deadlines, however many incidents are open", async () => {
    const open = await listIncidents(dpo, NOW, db(), "open");
    const overview = await incidentOverview(dpo, NOW, db());
    expect(overview.open).toBe(open.length);
    expect(overview.overdue).toBe(open.filter((s) => s.next?.status === "overdue").length);
    expect(overview.overdue).toBeGreaterThan(0);
    expect(overview.nearest).toEqual(open.filter((s) => s.next).slice(0, 5));
    expect(open.filter((s) => s.next).length).toBeGreaterThan(overview.nearest.length);
    const unconfirmed = open.filter((s) => s.toConfirm.length > 0);
    expect(overview.toConfirmCount).toBe(unconfirmed.length);
    expect(overview.toConfirm.map((s) => s.title)).toContain(
      "Alerte SIEM : appels anormaux à l’API de portabilité des numéros",
    );
  });

  it("a cached closed summary is the computed one, and changes when the incident or its owner does", async () => {
    const first = await listIncidents(dpo, NOW, db(), "all");
    expect(await listIncidents(dpo, NOW, db(), "all")).toEqual(first);
    const closed = first.find((s) => s.status === "closed")!;
    const row = await changeIncident(closed.id, { title: "Titre modifié" });
    const renamed = (await listIncidents(dpo, NOW, db(), "all")).find((s) => s.id === closed.id)!;
    expect(renamed).toEqual({ ...closed, title: "Titre modifié" });

    await db().update(users).set({ name: "Nouveau nom" }).where(eq(users.id, row!.ownerId!));
    const owner = (await listIncidents(dpo, NOW, db(), "all")).find((s) => s.id === closed.id)!;
    expect(owner.owner).toBe("Nouveau nom");
  });

  it("a cached open summary follows its incident's changes and turns overdue once its due time passes", async () => {
    const first = await listIncidents(dpo, NOW, db(), "open");
    const pending = first.find((s) => s.next?.status === "pending")!;
    await changeIncident(pending.id, { title: "Titre ouvert modifié" });
    const renamed = (await listIncidents(dpo, NOW, db(), "open")).find((s) => s.id === pending.id)!;
    expect(renamed).toEqual({ ...pending, title: "Titre ouvert modifié" });

    const justAfter = new Date(Date.parse(pending.next!.dueAt) + 1_000);
    const later = (await listIncidents(dpo, justAfter, db(), "open")).find((s) => s.id === pending.id)!;
    expect(later.next).toMatchObject({ status: "overdue" });
  });

  it("the overview's figures are kept while nothing changes, and follow a change at the same instant", async () => {
    const before = await incidentOverview(dpo, NOW, db());
    expect(await incidentOverview(dpo, NOW, db())).toBe(before);
    const target = before.nearest[0]!;
    await changeIncident(target.id, { status: "closed" });
    const after = await incidentOverview(dpo, NOW, db());
    expect(after.open).toBe(before.open - 1);
    expect(after.nearest.map((s) => s.id)).not.toContain(target.id);
  });
});
