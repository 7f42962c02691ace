import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents, organisation } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { addTimelineEntry, changeIncidentStatus, recordAwareness, recordNotification } from "./clock";
import { assessSeverity, overrideObligation, recordDecision } from "./decide";
import { createIncident, updateIncidentFacts } from "./open";
import { updateIncidentSettings } from "./settings";
import { loadIncidentSettings } from "../store";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry, buildProcessorEntry } from "@/lib/register/test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", security: "", auditor: "" };
const registerRefs: string[] = [];
const NOW = new Date("2026-11-23T12:00:00+01:00");
const facts = {
  title: "Misdirected e-mail with invoices",
  detectedAt: "2026-11-20T10:00",
  personalData: true,
  telecomService: false,
  categories: ["confidentiality"],
  dataCategories: ["billing_payment"],
  peopleCount: "12",
};

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const rows = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now: NOW },
    [buildControllerEntry(), buildProcessorEntry()],
    "create",
  );
  registerRefs.push(...rows.map((row) => row.reference));
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

describe("incident mutations", () => {
  it("the security director opens an incident: reference, detection on the timeline, audit entry", async () => {
    const { id, reference } = await open();
    expect(reference).toMatch(/^INC-2026-\d{4}$/);
    const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(row).toMatchObject({ status: "detected", peopleCount: 12, detectedAt: new Date("2026-11-20T09:00:00Z") });
    expect((await auditEntries(db(), "incident.create")).at(-1)!.entityId).toBe(id);
  });

  it("bad input gives field errors and writes nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(
      createIncident,
      ids.security,
      { title: "", detectedAt: "yesterday", awareAt: "2026-11-21T10:00" },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      title: ["incidents.errors.required"],
      detectedAt: ["incidents.errors.instant"],
    });
    expect(await auditCount(db())).toBe(before);
  });

  it("awareness different from detection needs its reason", async () => {
    const result = await executeAction(
      createIncident,
      ids.security,
      { ...facts, awareAt: "2026-11-21T10:00" },
      { now: NOW },
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { awarenessReason: ["incidents.errors.awarenessReasonRequired"] },
    });
  });

  it("a late notification needs the reasons for the delay", async () => {
    const { id } = await open();
    const late = { id, obligation: "gdpr-33", sentAt: "2026-11-23T11:00", reference: "CNIL-2026-1" };
    expect(await executeAction(recordNotification, ids.security, late, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { delayReason: ["incidents.errors.delayReasonRequired"] },
    });
    const ok = await executeAction(
      recordNotification,
      ids.security,
      { ...late, delayReason: "Scope unclear until forensic report" },
      { now: NOW },
    );
    expect(ok).toMatchObject({ ok: true, data: { status: "late" } });
  });

  it("closing is refused while an obligation is unmet, accepted once met", async () => {
    const { id } = await open({ detectedAt: "2026-11-23T08:00" });
    const close = async () =>
      executeAction(
        changeIncidentStatus,
        ids.security,
        { id, version: await versionOf(id), status: "closed" },
        { now: NOW },
      );
    expect(await close()).toMatchObject({
      ok: false,
      code: "CONFLICT",
      // The risk is not assessed: Art. 34 applies provisionally and blocks closing too (issue 14).
      fieldErrors: {
        status: ["incidents.errors.closeBlocked"],
        blockers: ["incidents.obligations.gdpr-33", "incidents.obligations.gdpr-34"],
      },
    });
    for (const obligation of ["gdpr-33", "gdpr-34"])
      await executeAction(
        recordNotification,
        ids.security,
        { id, obligation, sentAt: "2026-11-23T11:30", reference: "CNIL-OK" },
        { now: NOW },
      );
    expect(await close()).toMatchObject({ ok: true, data: { status: "closed" } });
    const reopen = await executeAction(
      changeIncidentStatus,
      ids.security,
      { id, version: await versionOf(id), status: "investigating" },
      { now: NOW },
    );
    expect(reopen).toMatchObject({ ok: true });
  });

  it("a stale version is refused (no lost update)", async () => {
    const { id } = await open();
    const first = await executeAction(
      recordAwareness,
      ids.security,
      { id, version: 1, awareAt: "2026-11-20T15:00", reason: "Logs confirmed" },
      { now: NOW },
    );
    expect(first.ok).toBe(true);
    const second = await executeAction(
      recordAwareness,
      ids.security,
      { id, version: 1, awareAt: "2026-11-20T16:00", reason: "Other" },
      { now: NOW },
    );
    expect(second).toMatchObject({ ok: false, code: "CONFLICT", message: "incidents.errors.stale" });
  });

  it("the DPO decides and overrides with a rationale; the security director cannot; the auditor changes nothing", async () => {
    const { id } = await open();
    const decision = {
      id,
      version: await versionOf(id),
      notifyAuthority: true,
      notifyAuthorityRationale: "Invoices exposed",
      informPeople: false,
      informPeopleRationale: "Known recipient deleted it",
      art34Exception: "risk_no_longer_likely",
    };
    expect(await executeAction(recordDecision, ids.security, decision, { now: NOW })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await executeAction(recordDecision, ids.dpo, { ...decision, notifyAuthorityRationale: "" }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { notifyAuthorityRationale: ["incidents.errors.rationaleRequired"] },
    });
    expect(await executeAction(recordDecision, ids.dpo, decision, { now: NOW })).toMatchObject({ ok: true });
    const override = {
      id,
      version: await versionOf(id),
      obligation: "gdpr-33",
      applies: false,
      reason: "Test data only",
    };
    expect(await executeAction(overrideObligation, ids.dpo, override, { now: NOW })).toMatchObject({ ok: true });
    const refused = [
      await executeAction(createIncident, ids.auditor, facts, { now: NOW }),
      await executeAction(
        addTimelineEntry,
        ids.auditor,
        { id, kind: "note", at: "2026-11-21T10:00", text: "x" },
        { now: NOW },
      ),
      await executeAction(assessSeverity, ids.auditor, { id, version: 1 }, { now: NOW }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the DPO sets the internal target, the NIS2 switch and the severity mapping; others cannot", async () => {
    const settings = {
      nis2Enabled: false,
      incidentTargetHours: "48",
      severitySuggestions: {
        low: "document_only",
        medium: "document_only",
        high: "notify_authority",
        very_high: "notify_authority_and_inform_people",
      },
    };
    expect(await executeAction(updateIncidentSettings, ids.security, settings, { now: NOW })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await executeAction(updateIncidentSettings, ids.dpo, { ...settings, incidentTargetHours: "0" }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { incidentTargetHours: ["incidents.errors.targetRange"] },
    });
    await db().insert(organisation).values({ id: 1, name: "Opérateur de test" }).onConflictDoNothing();
    expect(await executeAction(updateIncidentSettings, ids.dpo, settings, { now: NOW })).toMatchObject({ ok: true });
    expect(await loadIncidentSettings(db())).toMatchObject({
      nis2Enabled: false,
      incidentTargetHours: 48,
      severitySuggestions: { medium: "document_only" },
    });
    expect((await auditEntries(db(), "incident.settings")).at(-1)!.after).toMatchObject({ incidentTargetHours: 48 });
  });

  it("links register entries: references normalised; an unknown one is refused on its field and nothing is written", async () => {
    const [billing, mvno] = registerRefs as [string, string];
    const { id } = await open({ registerRefs: ` ${billing.toLowerCase()}\n${mvno}\n${billing}` });
    const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(row!.registerRefs).toEqual([billing, mvno]);

    const before = { audit: await auditCount(db()), incidents: (await db().select().from(incidents)).length };
    const refused = await executeAction(
      createIncident,
      ids.security,
      { ...facts, registerRefs: [billing, "trt-9999"] },
      { now: NOW },
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { registerRefs: ["incidents.errors.unknownRegisterRef"], unknownRegisterRefs: ["TRT-9999"] },
    });
    expect(await auditCount(db())).toBe(before.audit);
    expect(await db().select().from(incidents)).toHaveLength(before.incidents);

    const edit = { ...facts, id, version: await versionOf(id) };
    expect(
      await executeAction(updateIncidentFacts, ids.security, { ...edit, registerRefs: ["TRT-9999"] }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { registerRefs: ["incidents.errors.unknownRegisterRef"], unknownRegisterRefs: ["TRT-9999"] },
    });
    expect(await versionOf(id)).toBe(edit.version);
    expect(
      await executeAction(
        updateIncidentFacts,
        ids.security,
        { ...edit, registerRefs: [mvno.toLowerCase()] },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    const [updated] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(updated!.registerRefs).toEqual([mvno]);
  });
});
