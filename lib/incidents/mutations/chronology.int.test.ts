import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { recordAwareness, recordNotification } from "./clock";
import { createIncident } from "./open";
import { generateDraft } from "../drafts/drafts";
import { toDraftFacts } from "../drafts/facts";
import { loadDraftContext } from "../store";

/** Issue 14: impossible facts and the separate NIS2 awareness, through the actions' one path. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { security: "" };
const NOW = new Date("2026-11-23T12:00:00+01:00");
const facts = {
  title: "Intrusion on the provisioning platform",
  detectedAt: "2026-11-20T10:00",
  personalData: "true",
  telecomService: "true",
  categories: ["confidentiality"],
};

beforeAll(async () => {
  ids.security = (await unsafeCreateUser(db(), { role: "security" })).id;
});

async function open(overrides: Record<string, unknown> = {}) {
  const result = await executeAction(createIncident, ids.security, { ...facts, ...overrides }, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}
async function versionOf(id: string) {
  const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
  return row!.version;
}

describe("incident facts (issue 14)", () => {
  it("impossible facts in the form are refused field by field, nothing written (issue 14, point 7)", async () => {
    const before = await auditCount(db());
    const create = (overrides: Record<string, string>) =>
      executeAction(createIncident, ids.security, { ...facts, ...overrides }, { now: NOW });
    expect(await create({ detectedAt: "2027-01-02T10:00" })).toMatchObject({
      fieldErrors: { detectedAt: ["incidents.errors.inFuture"] },
    });
    expect(await create({ occurredFrom: "2026-11-20T11:00" })).toMatchObject({
      fieldErrors: { occurredFrom: ["incidents.errors.occurrenceAfterDetection"] },
    });
    const { id } = await open();
    const early = await executeAction(
      recordNotification,
      ids.security,
      { id, obligation: "gdpr-33", sentAt: "2026-11-20T09:00", reference: "X" },
      { now: NOW },
    );
    expect(early).toMatchObject({ ok: false, fieldErrors: { sentAt: ["incidents.errors.sentBeforeDetection"] } });
    expect(await auditCount(db())).toBe(before + 1); // the one incident opened
  });

  it("the NIS2 awareness is recorded on its own, with its reason, and moves only the NIS2 clocks (issue 14, point 1)", async () => {
    const { id } = await open({ nis2Significant: true });
    const result = await executeAction(
      recordAwareness,
      ids.security,
      { id, version: await versionOf(id), regime: "nis2", awareAt: "2026-11-20T12:00", reason: "Intrusion confirmed" },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true });
    const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(row).toMatchObject({
      nis2AwareAt: new Date("2026-11-20T11:00:00Z"),
      nis2AwarenessReason: "Intrusion confirmed",
      awareAt: null,
    });
  });

  it("the CNIL draft names the DPO (the DPO's account) and the ANSSI drafts the security contact (points 10, 15)", async () => {
    await unsafeCreateUser(db(), { role: "dpo", name: "Claire Dubois", email: "claire.dubois@test.vigie.fr" });
    const { id } = await open({ dataSubjectCategories: "Abonnés mobiles\nProspects" });
    const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(row!.dataSubjectCategories).toEqual(["Abonnés mobiles", "Prospects"]);
    const ctx = await loadDraftContext(db());
    const cnil = generateDraft("cnil-gdpr-33", toDraftFacts(row!), ctx);
    expect(cnil).toContain("Délégué à la protection des données : Claire Dubois — claire.dubois@test.vigie.fr");
    expect(cnil).toContain("Catégories de personnes concernées : Abonnés mobiles, Prospects");
    expect(generateDraft("anssi-early-warning", toDraftFacts(row!), ctx)).toMatch(
      /Contact sécurité : Test security — /,
    );
  });
});
