import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { securityAuditReports, securityAudits, securityFindings } from "@/db/schema";
import { executeAction, mutationOf } from "@/lib/action";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import * as actions from "../actions";
import { sha256 } from "../store";
import { createProvider, recordAudit } from "./audits";
import { acceptRisk, changeFindingStatus, createFinding, linkFindingIncident, verifyFinding } from "./findings";
import { updateSecuritySettings } from "./settings";
import { createSystem, recordDetectionTest, updateSystem } from "./systems";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", security: "", auditor: "" };
const NOW = new Date("2026-12-05T10:00:00Z");
let entryId = "";

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const [row] = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now: NOW },
    [buildControllerEntry()],
    "create",
  );
  entryId = row!.id;
});

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const system = (name: string) => ({
  name,
  owner: "DSI facturation",
  hosting: "on_premises",
  criticality: "critical",
  exposure: "internet",
  registerEntryIds: [entryId],
  sources: [{ kind: "siem_logs", name: "Splunk" }],
});

describe("security programme mutations", () => {
  it("the security director adds a system, edits it with its version, and records a detection test", async () => {
    const { id } = await ok(executeAction(createSystem, ids.security, system("Billing"), { now: NOW }));
    expect((await auditEntries(db(), "security.system_create")).at(-1)!.entityId).toBe(id);
    const edited = await ok(
      executeAction(updateSystem, ids.security, { ...system("Billing"), owner: "DSI", id, version: 1 }, { now: NOW }),
    );
    expect(edited.version).toBe(2);
    const stale = await executeAction(
      updateSystem,
      ids.security,
      { ...system("Billing"), id, version: 1 },
      { now: NOW },
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const test = await ok(
      executeAction(
        recordDetectionTest,
        ids.dpo,
        { systemId: id, testedOn: "2026-11-30", result: "detected" },
        { now: NOW },
      ),
    );
    expect((await auditEntries(db(), "security.detection_test")).at(-1)!.entityId).toBe(test.id);
  });

  it("refuses a duplicate name, an unknown register entry, a test in the future, field by field, writing nothing", async () => {
    const before = await auditCount(db());
    expect(await executeAction(createSystem, ids.security, system("Billing"), { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["securityProgramme.errors.duplicateName"] },
    });
    const unknown = { ...system("CRM"), registerEntryIds: ["00000000-0000-4000-8000-000000000000"] };
    expect(await executeAction(createSystem, ids.security, unknown, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { registerEntryIds: ["securityProgramme.errors.unknownEntry"] },
    });
    const { id } = await ok(executeAction(createSystem, ids.security, system("CRM"), { now: NOW }));
    const afterCreate = await auditCount(db());
    expect(afterCreate).toBe(before + 1);
    const future = await executeAction(
      recordDetectionTest,
      ids.security,
      { systemId: id, testedOn: "2026-12-06", result: "detected" },
      { now: NOW },
    );
    expect(future).toMatchObject({ ok: false, fieldErrors: { testedOn: ["securityProgramme.errors.inFuture"] } });
    const impossible = await executeAction(
      recordDetectionTest,
      ids.security,
      { systemId: id, testedOn: "2026-02-31", result: "maybe" },
      { now: NOW },
    );
    expect(impossible).toMatchObject({
      ok: false,
      fieldErrors: { testedOn: ["securityProgramme.errors.day"], result: ["securityProgramme.errors.invalidOption"] },
    });
    expect(await auditCount(db())).toBe(afterCreate);
  });

  it("records a PASSI audit with its report (SHA-256) and a finding due by its severity, then closes it with a retest", async () => {
    const provider = await ok(
      executeAction(
        createProvider,
        ids.security,
        {
          name: "Audit Sécurité SAS",
          kind: "passi",
          passiScopes: ["intrusion"],
          validFrom: "2024-01-01",
          validUntil: "2027-12-31",
        },
        { now: NOW },
      ),
    );
    const [billing] = await db().query.securitySystems.findMany({ where: (t, { eq }) => eq(t.name, "Billing") });
    const bytes = new TextEncoder().encode("%PDF-1.7 rapport");
    const audit = await ok(
      executeAction(
        recordAudit,
        ids.security,
        {
          title: "Test d'intrusion facturation 2026",
          kind: "code",
          providerId: provider.id,
          systemIds: [billing!.id],
          startedOn: "2026-11-02",
          endedOn: "2026-11-13",
          result: "needs_improvement",
          report: new File([bytes], "rapport.pdf", { type: "application/pdf" }),
          findings: [{ title: "IDOR on invoices", severity: "critical", owner: "Équipe facturation" }],
        },
        { now: NOW },
      ),
    );
    expect(audit.passiIssues).toEqual([{ code: "outside_scope", kind: "code" }]);
    const [row] = await db().select().from(securityAudits).where(eq(securityAudits.id, audit.id));
    expect(row).toMatchObject({
      reportSha256: sha256(bytes),
      reportSize: bytes.byteLength,
      reportFileName: "rapport.pdf",
    });
    const [file] = await db().select().from(securityAuditReports).where(eq(securityAuditReports.auditId, audit.id));
    expect(Buffer.from(file!.content).toString()).toBe("%PDF-1.7 rapport");
    const [finding] = await db().select().from(securityFindings).where(eq(securityFindings.id, audit.findingIds[0]!));
    expect(finding).toMatchObject({ openedOn: "2026-11-13", dueOn: "2026-12-13", status: "open" });
    const entry = (await auditEntries(db(), "security.audit_record")).at(-1)!;
    expect(entry.meta).toEqual({ passiIssues: [{ code: "outside_scope", kind: "code" }] });

    const noEvidence = await executeAction(
      verifyFinding,
      ids.security,
      { id: finding!.id, version: 1, retestOn: "2026-12-01" },
      { now: NOW },
    );
    expect(noEvidence).toMatchObject({ ok: false, fieldErrors: { evidence: ["securityProgramme.errors.required"] } });
    const verified = await ok(
      executeAction(
        verifyFinding,
        ids.security,
        { id: finding!.id, version: 1, retestOn: "2026-12-01", evidence: "Retest PASSI 2026-12-01: access refused" },
        { now: NOW },
      ),
    );
    expect(verified.version).toBe(2);
    const reopen = await executeAction(
      changeFindingStatus,
      ids.security,
      { id: finding!.id, version: 2, status: "open" },
      { now: NOW },
    );
    expect(reopen).toMatchObject({ ok: false, code: "CONFLICT", message: "securityProgramme.errors.transition" });
    expect((await auditEntries(db(), "security.finding_verify")).at(-1)!.after).toMatchObject({ status: "verified" });
  });

  it("accepts a risk until a day not in the past; fixing needs evidence", async () => {
    const [billing] = await db().query.securitySystems.findMany({ where: (t, { eq }) => eq(t.name, "Billing") });
    const finding = await ok(
      executeAction(
        createFinding,
        ids.dpo,
        {
          title: "TLS 1.0 on the portal",
          severity: "low",
          owner: "Ops",
          systemIds: [billing!.id],
          openedOn: "2026-12-01",
        },
        { now: NOW },
      ),
    );
    expect(finding.dueOn).toBe("2027-12-01");
    const past = await executeAction(
      acceptRisk,
      ids.security,
      { id: finding.id, version: 1, rationale: "Legacy clients", until: "2026-12-04" },
      { now: NOW },
    );
    expect(past).toMatchObject({ ok: false, fieldErrors: { until: ["securityProgramme.errors.expiryInPast"] } });
    await ok(
      executeAction(
        acceptRisk,
        ids.security,
        { id: finding.id, version: 1, rationale: "Legacy clients", until: "2027-06-30" },
        { now: NOW },
      ),
    );
    const fixed = await executeAction(
      changeFindingStatus,
      ids.security,
      { id: finding.id, version: 2, status: "fixed" },
      { now: NOW },
    );
    expect(fixed).toMatchObject({
      ok: false,
      fieldErrors: { evidence: ["securityProgramme.errors.evidenceRequired"] },
    });
    const [row] = await db().select().from(securityFindings).where(eq(securityFindings.id, finding.id));
    expect(row).toMatchObject({ status: "risk_accepted", riskAcceptedUntil: "2027-06-30", version: 2 });
  });

  it("refuses the auditor every write, with an access.denied entry only", async () => {
    const mutations = [
      createSystem,
      updateSystem,
      recordDetectionTest,
      createProvider,
      recordAudit,
      createFinding,
      changeFindingStatus,
      acceptRisk,
      verifyFinding,
      linkFindingIncident,
      updateSecuritySettings,
    ] as readonly Parameters<typeof executeAction>[0][];
    // Every server action of the area is in the list: a new one fails here until it is.
    const exported = Object.values(actions).map((action) => mutationOf(action)?.name);
    expect(mutations.map((m) => m.name).sort()).toEqual(exported.sort());
    const [billing] = await db().query.securitySystems.findMany({ where: (t, { eq }) => eq(t.name, "Billing") });
    const [finding] = await db().select().from(securityFindings).limit(1);
    // A well-formed input, not an empty one: the refusal must come from the role, not from the input.
    const wellFormed: Record<string, unknown> = {
      "security.updateSystem": { ...system("Billing"), id: billing!.id, version: billing!.version },
      "security.recordDetectionTest": { systemId: billing!.id, testedOn: "2026-12-01", result: "detected" },
      "security.changeFindingStatus": { id: finding!.id, version: finding!.version, status: "in_remediation" },
      "security.updateSettings": {
        auditIntervalYears: { critical: 1, high: 1, medium: 1, low: 1 },
        findingDueDays: { critical: 1, high: 1, medium: 1, low: 1 },
      },
    };
    for (const mutation of mutations) {
      const before = await auditCount(db());
      expect(await executeAction(mutation, ids.auditor, wellFormed[mutation.name] ?? {}, { now: NOW })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect((await auditEntries(db(), "access.denied")).at(-1)!.entityId).toBe(mutation.name);
      expect(await auditCount(db())).toBe(before + 1);
    }
    const [unchanged] = await db().query.securitySystems.findMany({ where: (t, { eq }) => eq(t.id, billing!.id) });
    expect(unchanged!.version).toBe(billing!.version);
    expect(await db().query.securitySettings.findMany()).toEqual([]);
  });
});
