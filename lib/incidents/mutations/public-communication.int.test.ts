import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents, incidentTimeline } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { recordDecision } from "./decide";
import { createIncident, updateIncidentFacts } from "./open";
import { toFactsFormValues } from "../form/values";
import { clocksOf } from "../store";

/** GDPR Art. 34(3)(c) through the forms: the public communication is an obligation met by its evidence. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", security: "", auditor: "" };
const NOW = new Date("2026-11-23T12:00:00+01:00");
const facts = {
  title: "Fichier clients publié sur un forum",
  detectedAt: "2026-11-20T10:00",
  personalData: true,
  telecomService: true,
  categories: ["confidentiality"],
  dataCategories: ["civil_identity", "contact_details"],
  peopleCount: "1200000",
};

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
});

async function row(id: string) {
  const [found] = await db().select().from(incidents).where(eq(incidents.id, id));
  return found!;
}
async function openWithException(exception: string | null) {
  const created = await executeAction(createIncident, ids.security, facts, { now: NOW });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const decided = await executeAction(
    recordDecision,
    ids.dpo,
    {
      id: created.data.id,
      version: 1,
      notifyAuthority: true,
      notifyAuthorityRationale: "1,2 million de clients",
      informPeople: false,
      informPeopleRationale: "Adresses incomplètes pour la moitié des clients : communication publique",
      art34Exception: exception,
    },
    { now: NOW },
  );
  if (!decided.ok) throw new Error(JSON.stringify(decided));
  return row(created.data.id);
}
const publish = (current: Awaited<ReturnType<typeof row>>, values: Record<string, unknown>, userId = ids.security) =>
  executeAction(
    updateIncidentFacts,
    userId,
    { ...toFactsFormValues(current), id: current.id, version: current.version, ...values },
    { now: NOW },
  );
const gdpr34 = async (id: string) => {
  const { clocks } = await clocksOf(db(), await row(id), NOW);
  return {
    individual: clocks.find((c) => c.id === "gdpr-34")!,
    public: clocks.find((c) => c.id === "gdpr-34-public")!,
  };
};

describe("Art. 34(3)(c): a public communication with its evidence", () => {
  it("the DPO's exception turns the individual notice into a public communication, due until published", async () => {
    const current = await openWithException("disproportionate_effort");
    const clocks = await gdpr34(current.id);
    expect(clocks.individual).toMatchObject({ applies: false, notApplicableReason: "public_communication_instead" });
    // Detected 20 Nov 10:00, internal target 72 h: overdue at NOW (23 Nov 12:00) while unpublished.
    expect(clocks.public).toMatchObject({ applies: true, status: "overdue", isProvisional: true });
  });

  it("where and when it was published meet it: stored, on the timeline, audit-logged", async () => {
    const current = await openWithException("disproportionate_effort");
    const result = await publish(current, {
      publicCommunicationPublishedAt: "2026-11-21T18:00",
      publicCommunicationPublishedIn: "vigie-telecom.fr/securite ; Le Parisien du 22/11",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await row(current.id);
    expect(after).toMatchObject({
      publicCommunicationPublishedAt: new Date("2026-11-21T17:00:00Z"),
      publicCommunicationPublishedIn: "vigie-telecom.fr/securite ; Le Parisien du 22/11",
    });
    expect((await gdpr34(current.id)).public).toMatchObject({ status: "met" });
    const entries = await db().select().from(incidentTimeline).where(eq(incidentTimeline.incidentId, current.id));
    expect(entries.filter((e) => e.kind === "public_communication")).toHaveLength(1);
    const audit = (await auditEntries(db(), "incident.update")).at(-1)!;
    expect(audit.entityId).toBe(current.id);
    expect(audit.after).toMatchObject({
      publicCommunicationPublishedIn: "vigie-telecom.fr/securite ; Le Parisien du 22/11",
    });
    // Saving the same facts again adds no second timeline entry.
    expect(await publish(after, {})).toMatchObject({ ok: true });
    const again = await db().select().from(incidentTimeline).where(eq(incidentTimeline.incidentId, current.id));
    expect(again.filter((e) => e.kind === "public_communication")).toHaveLength(1);
  });

  it.each([
    ["only where", { publicCommunicationPublishedIn: "Site web" }, "publicCommunicationPublishedAt"],
    ["only when", { publicCommunicationPublishedAt: "2026-11-21T18:00" }, "publicCommunicationPublishedIn"],
    [
      "before detection",
      { publicCommunicationPublishedAt: "2026-11-19T18:00", publicCommunicationPublishedIn: "Site web" },
      "publicCommunicationPublishedAt",
    ],
    [
      "in the future",
      { publicCommunicationPublishedAt: "2026-11-25T18:00", publicCommunicationPublishedIn: "Site web" },
      "publicCommunicationPublishedAt",
    ],
  ])("refused field by field (%s), nothing written", async (_name, values, field) => {
    const current = await openWithException("disproportionate_effort");
    const before = await auditCount(db());
    const result = await publish(current, values);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await auditCount(db())).toBe(before);
    expect(await row(current.id)).toMatchObject({ version: current.version, publicCommunicationPublishedAt: null });
  });

  it("refused without the Art. 34(3)(c) exception, and when opening an incident", async () => {
    const current = await openWithException("risk_no_longer_likely");
    const values = { publicCommunicationPublishedAt: "2026-11-21T18:00", publicCommunicationPublishedIn: "Site" };
    const result = await publish(current, values);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { publicCommunicationPublishedAt: ["incidents.errors.publicationNeedsException"] },
    });
    const opened = await executeAction(createIncident, ids.security, { ...facts, ...values }, { now: NOW });
    expect(opened).toMatchObject({
      ok: false,
      fieldErrors: { publicCommunicationPublishedAt: ["incidents.errors.publicationNeedsException"] },
    });
  });

  it("the auditor cannot record it", async () => {
    const current = await openWithException("disproportionate_effort");
    const result = await publish(
      current,
      { publicCommunicationPublishedAt: "2026-11-21T18:00", publicCommunicationPublishedIn: "Site" },
      ids.auditor,
    );
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await row(current.id)).toMatchObject({ publicCommunicationPublishedAt: null });
  });
});
