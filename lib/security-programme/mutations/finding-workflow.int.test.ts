import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents, securityFindingIncidents, securityFindings, securitySystems } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { listFindings } from "../queries";
import { changeFindingStatus, createFinding, linkFindingIncident, verifyFinding } from "./findings";

/**
 * The finding's life as the console drives it (issue 18 follow-up): recorded on its own from an
 * incident's post-mortem or an audit, moved to "in remediation", then "fixed" with its evidence,
 * closed by a retest; linked to an incident from either side.
 */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-12-05T10:00:00Z");
const ids = { security: "", dpo: "", system: "", incident: "", other: "" };

beforeAll(async () => {
  ids.security = (await unsafeCreateUser(db(), { role: "security" })).id;
  ids.dpo = (await unsafeCreateUser(db(), { role: "dpo" })).id;
  const [system] = await db()
    .insert(securitySystems)
    .values({
      name: "Portail client",
      owner: "DSI",
      hosting: "public_cloud",
      criticality: "high",
      exposure: "internet",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  ids.system = system!.id;
  const rows = await db()
    .insert(incidents)
    .values(
      ["INC-2026-0101", "INC-2026-0102"].map((reference) => ({
        reference,
        title: `Incident ${reference}`,
        detectedAt: new Date("2026-11-20T08:00:00Z"),
        createdAt: NOW,
        updatedAt: NOW,
      })),
    )
    .returning({ id: incidents.id });
  ids.incident = rows[0]!.id;
  ids.other = rows[1]!.id;
});

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const finding = (extra: Record<string, unknown>) => ({
  title: "Identifiants de session dans l'URL",
  severity: "high",
  owner: "Équipe portail",
  systemIds: [ids.system],
  openedOn: "2026-11-25",
  ...extra,
});

async function row(id: string) {
  const [found] = await db().select().from(securityFindings).where(eq(securityFindings.id, id));
  return found!;
}

describe("a finding recorded on its own", () => {
  it("names its source: the incident it comes from is linked as having revealed it", async () => {
    const created = await ok(
      executeAction(createFinding, ids.security, finding({ source: "incident", incidentId: ids.incident }), {
        now: NOW,
      }),
    );
    expect(created.dueOn).toBe("2027-02-23");
    const links = await db()
      .select()
      .from(securityFindingIncidents)
      .where(eq(securityFindingIncidents.findingId, created.id));
    expect(links).toEqual([{ findingId: created.id, incidentId: ids.incident, relation: "revealed_by" }]);
    const actor = (await loadActor(db(), ids.security, NOW))!;
    const onIncident = await listFindings(actor, NOW, { incidentId: ids.incident }, db());
    expect(onIncident.map((f) => [f.title, f.incidents[0]!.relation])).toEqual([
      ["Identifiants de session dans l'URL", "revealed_by"],
    ]);
  });

  it.each([
    [
      "an audit as source without the audit",
      { source: "audit" },
      { auditId: ["securityProgramme.errors.auditRequired"] },
    ],
    [
      "an incident as source without the incident",
      { source: "incident", incidentId: "" },
      { incidentId: ["securityProgramme.errors.incidentRequired"] },
    ],
    ["an unknown source", { source: "rumour" }, { source: ["securityProgramme.errors.invalidOption"] }],
    ["no system", { systemIds: [] }, { systemIds: ["securityProgramme.errors.systemsRequired"] }],
    [
      "an unknown incident",
      { source: "incident", incidentId: "00000000-0000-4000-8000-000000000000" },
      { incidentId: ["securityProgramme.errors.unknownIncident"] },
    ],
    ["an opening day in the future", { openedOn: "2026-12-06" }, { openedOn: ["securityProgramme.errors.inFuture"] }],
  ])("refuses %s by its field, writing nothing", async (_case, extra, fieldErrors) => {
    const before = await auditCount(db());
    const findingsBefore = (await db().select().from(securityFindings)).length;
    expect(await executeAction(createFinding, ids.security, finding(extra), { now: NOW })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors,
    });
    expect(await auditCount(db())).toBe(before);
    expect((await db().select().from(securityFindings)).length).toBe(findingsBefore);
  });
});

describe("open → in remediation → fixed → verified", () => {
  it("moves on step by step, each step audit-logged with what it replaced", async () => {
    const { id } = await ok(executeAction(createFinding, ids.dpo, finding({ title: "XSS stockée" }), { now: NOW }));
    const started = await ok(
      executeAction(changeFindingStatus, ids.security, { id, version: 1, status: "in_remediation" }, { now: NOW }),
    );
    expect(await row(id)).toMatchObject({ status: "in_remediation", version: 2, evidence: "" });
    expect((await auditEntries(db(), "security.finding_status")).at(-1)).toMatchObject({
      entityId: id,
      before: { status: "open" },
      after: { status: "in_remediation" },
    });

    const before = await auditCount(db());
    const noEvidence = await executeAction(
      changeFindingStatus,
      ids.security,
      { id, version: started.version, status: "fixed", evidence: "   " },
      { now: NOW },
    );
    expect(noEvidence).toMatchObject({
      ok: false,
      fieldErrors: { evidence: ["securityProgramme.errors.evidenceRequired"] },
    });
    const stale = await executeAction(
      changeFindingStatus,
      ids.security,
      { id, version: 1, status: "fixed", evidence: "Échappement en sortie" },
      { now: NOW },
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", message: "securityProgramme.errors.stale" });
    expect(await auditCount(db())).toBe(before);

    const fixed = await ok(
      executeAction(
        changeFindingStatus,
        ids.security,
        { id, version: started.version, status: "fixed", evidence: "Échappement en sortie, version 4.2.1" },
        { now: NOW },
      ),
    );
    expect(await row(id)).toMatchObject({ status: "fixed", evidence: "Échappement en sortie, version 4.2.1" });

    await ok(
      executeAction(
        verifyFinding,
        ids.security,
        { id, version: fixed.version, retestOn: "2026-12-04", evidence: "Nouveau test : charge neutralisée" },
        { now: NOW },
      ),
    );
    expect(await row(id)).toMatchObject({ status: "verified", verifiedOn: "2026-12-04", version: 4 });
    const reopen = await executeAction(
      changeFindingStatus,
      ids.security,
      { id, version: 4, status: "in_remediation" },
      { now: NOW },
    );
    expect(reopen).toMatchObject({ ok: false, code: "CONFLICT", message: "securityProgramme.errors.transition" });
  });
});

describe("linking a finding and an incident", () => {
  it("links once, logs a second attempt as already linked, and refuses an unknown incident by its field", async () => {
    const { id } = await ok(
      executeAction(createFinding, ids.security, finding({ title: "IDOR factures" }), { now: NOW }),
    );
    const input = { findingId: id, incidentId: ids.other, relation: "exploited_in" };
    expect(await ok(executeAction(linkFindingIncident, ids.security, input, { now: NOW }))).toEqual({ linked: true });
    expect(await ok(executeAction(linkFindingIncident, ids.dpo, input, { now: NOW }))).toEqual({ linked: false });
    const entries = (await auditEntries(db(), "security.finding_link")).slice(-2);
    expect(entries.map((e) => e.meta)).toEqual([null, { alreadyLinked: true }]);

    const before = await auditCount(db());
    const unknown = await executeAction(
      linkFindingIncident,
      ids.security,
      { ...input, incidentId: "00000000-0000-4000-8000-000000000000" },
      { now: NOW },
    );
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { incidentId: ["securityProgramme.errors.unknownIncident"] },
    });
    const noChoice = await executeAction(linkFindingIncident, ids.security, { ...input, incidentId: "" }, { now: NOW });
    expect(noChoice).toMatchObject({ ok: false, fieldErrors: { incidentId: ["securityProgramme.errors.required"] } });
    expect(await auditCount(db())).toBe(before);

    const actor = (await loadActor(db(), ids.security, NOW))!;
    const onIncident = await listFindings(actor, NOW, { incidentId: ids.other }, db());
    expect(onIncident.map((f) => f.title)).toEqual(["IDOR factures"]);
  });
});
