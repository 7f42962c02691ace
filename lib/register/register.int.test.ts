import { beforeAll, describe, expect, it } from "vitest";
import { processingActivityVersions } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { createEmptyProcessingActivity } from "./entry/defaults";
import { registerFiltersSchema } from "./list/filters";
import { activateActivity, createActivity, duplicateActivity, retireActivity, updateActivity } from "./mutations";
import { diffVersions, getActivity, listActivities, listVersions, registerSummary } from "./queries";
import { buildControllerEntry } from "./test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", auditor: "", security: "" };
let dpo: Actor;
const T0 = new Date("2026-01-10T10:00:00Z");

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  dpo = (await loadActor(db(), ids.dpo, T0))!;
});

async function create(entry = buildControllerEntry({ status: "draft" }), now = T0) {
  const result = await executeAction(createActivity, ids.dpo, entry, { now });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("register mutations", () => {
  it("creates a draft with a TRT- reference, its first version and an audit entry with the content", async () => {
    const before = await auditCount(db());
    const { reference, version } = await create();
    expect(reference).toMatch(/^TRT-\d{4}$/);
    expect(version).toBe(1);
    expect(await auditCount(db())).toBe(before + 1);
    const [entry] = (await auditEntries(db(), "register.create")).slice(-1);
    expect(entry).toMatchObject({ entityType: "processing_activity", entityId: reference, before: null });
    expect(entry!.after).toMatchObject({
      reference,
      version: 1,
      status: "draft",
      content: { name: "Facturation des abonnés mobiles" },
    });
    expect(await listVersions(dpo, reference)).toHaveLength(1);
  });

  it("updates with before/after, refuses a stale version, and keeps both versions", async () => {
    const { reference } = await create();
    const edited = {
      ...buildControllerEntry({ status: "draft", businessOwner: "Direction commerciale" }),
      reference,
      version: 1,
    };
    const first = await executeAction(updateActivity, ids.dpo, edited, { now: new Date(T0.getTime() + 60_000) });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await executeAction(updateActivity, ids.dpo, { ...edited, businessOwner: "Autre" });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "register.errors.staleVersion",
      fieldErrors: { version: ["2"] },
    });
    const [audit] = (await auditEntries(db(), "register.update")).slice(-1);
    expect(audit!.before).toMatchObject({ version: 1, content: { businessOwner: "Direction financière" } });
    expect(audit!.after).toMatchObject({ version: 2, content: { businessOwner: "Direction commerciale" } });
    const diff = await diffVersions(dpo, reference, 1, 2);
    expect(diff).toEqual([
      expect.objectContaining({
        path: "businessOwner",
        kind: "changed",
        before: "Direction financière",
        after: "Direction commerciale",
      }),
    ]);
  });

  it("refuses to activate an incomplete draft with the list of blockers, then activates it once complete", async () => {
    const { reference } = await create(createEmptyProcessingActivity("Vidéoprotection des boutiques"));
    const refused = await executeAction(activateActivity, ids.dpo, { reference, version: 1 });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", message: "register.errors.activationBlocked" });
    if (refused.ok) return;
    expect(refused.fieldErrors).toMatchObject({
      purposes: ["register.errors.purposesRequired"],
      "organisation.name": ["register.errors.organisationNameRequired"],
    });
    expect((await getActivity(dpo, reference))!.status).toBe("draft");

    const complete = await create();
    expect(await executeAction(activateActivity, ids.dpo, { reference: complete.reference, version: 1 })).toMatchObject(
      { ok: true, data: { version: 2 } },
    );
    expect((await getActivity(dpo, complete.reference))!.status).toBe("active");
  });

  it("retires an entry, which then refuses edits, and duplicates it as a new draft", async () => {
    const { reference } = await create();
    expect(await executeAction(retireActivity, ids.dpo, { reference, version: 1 })).toMatchObject({ ok: true });
    const edit = await executeAction(updateActivity, ids.dpo, {
      ...buildControllerEntry({ status: "draft" }),
      reference,
      version: 2,
    });
    expect(edit).toMatchObject({ ok: false, code: "CONFLICT", message: "register.errors.retired" });
    const copy = await executeAction(duplicateActivity, ids.dpo, { reference });
    expect(copy).toMatchObject({ ok: true });
    if (!copy.ok) return;
    const duplicated = await getActivity(dpo, copy.data.reference);
    expect(duplicated).toMatchObject({ status: "draft", content: { name: "Facturation des abonnés mobiles (copie)" } });
    expect((await auditEntries(db(), "register.retire")).at(-1)!.after).toMatchObject({ status: "retired" });
  });

  it.each(["auditor", "security"] as const)("refuses the %s and writes only access.denied", async (role) => {
    const before = await auditCount(db());
    expect(await executeAction(createActivity, ids[role], buildControllerEntry())).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await auditCount(db())).toBe(before + 1);
  });

  it("gives 50 parallel creations 50 distinct references, without error", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        executeAction(createActivity, ids.dpo, buildControllerEntry({ status: "draft", name: `Parallèle ${i}` })),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const references = results.map((r) => (r.ok ? r.data.reference : ""));
    expect(new Set(references).size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^TRT-\d{4}$/);
  });

  it("keeps versions append-only", async () => {
    await expect(db().update(processingActivityVersions).set({ change: "forged" })).rejects.toThrow();
  });
});

describe("register queries", () => {
  it("shows the register as of a past date with the versions of that day", async () => {
    const day1 = new Date("2025-12-31T12:00:00Z");
    const { reference } = await create(
      buildControllerEntry({ status: "draft", name: "Statistiques de mobilité" }),
      day1,
    );
    const day2 = new Date("2026-02-01T09:00:00Z");
    const updated = await executeAction(
      updateActivity,
      ids.dpo,
      {
        ...buildControllerEntry({ status: "draft", name: "Statistiques de mobilité anonymisées" }),
        reference,
        version: 1,
      },
      { now: day2 },
    );
    expect(updated.ok).toBe(true);
    const at = (asOf: string) => listActivities(dpo, registerFiltersSchema.parse({ asOf, q: "mobilite" }), day2);
    expect((await at("2025-12-30")).items).toHaveLength(0);
    expect((await at("2026-01-01")).items).toMatchObject([{ reference, version: 1, name: "Statistiques de mobilité" }]);
    expect((await at("2026-02-01")).items).toMatchObject([
      { reference, version: 2, name: "Statistiques de mobilité anonymisées" },
    ]);
  });

  it("filters, sorts and pages the current register in SQL", async () => {
    await create(
      buildControllerEntry({
        status: "draft",
        name: "Localisation des appels d'urgence",
        dataCategories: ["location_cell"],
        retention: [],
        nextReviewOn: "2025-01-01",
      }),
    );
    const list = await listActivities(
      dpo,
      registerFiltersSchema.parse({ location: "1", overdue: "1", q: "urgence" }),
      T0,
    );
    expect(list.items).toMatchObject([{ name: "Localisation des appels d'urgence", isReviewOverdue: true }]);
    const byScore = await listActivities(dpo, registerFiltersSchema.parse({ sort: "completeness", dir: "asc" }), T0);
    const scores = byScore.items.map((item) => item.completenessScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(byScore.total).toBeGreaterThan(byScore.pageSize);
    const summary = await registerSummary(dpo, T0);
    expect(summary.entryCount).toBeGreaterThan(50);
    expect(summary.reviewsOverdue).toBeGreaterThanOrEqual(1);
  });

  it("counts the active entries that lack a required DPIA apart from the drafts", async () => {
    const before = await registerSummary(dpo, T0);
    const needsDpia = {
      ...buildControllerEntry().dpia,
      criteria: ["large_scale" as const, "evaluation_scoring" as const],
    };
    await create(buildControllerEntry({ status: "active", name: "Score d'attrition", dpia: needsDpia }));
    await create(buildControllerEntry({ status: "draft", name: "Score d'appétence", dpia: needsDpia }));
    const after = await registerSummary(dpo, T0);
    expect(after.missingDpia - before.missingDpia).toBe(2);
    expect(after.activeMissingDpia - before.activeMissingDpia).toBe(1);
  });
});
