import { eq } from "drizzle-orm";
import {
  incidents,
  securityAudits,
  securityFindingIncidents,
  securityFindings,
  securityFindingSystems,
} from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import type { AuditEvent } from "@/lib/audit/write";
import { canMoveFinding, findingDueOn } from "../findings";
import {
  acceptRiskSchema,
  findingSchema,
  findingStatusSchema,
  linkFindingSchema,
  verifyFindingSchema,
} from "../schemas";
import {
  assertSystemsExist,
  loadProgrammeContext,
  lockFinding,
  refuseFutureDay,
  updateFinding,
  type FindingRow,
} from "../store";
import type { FindingStatus } from "../vocabulary";

const REVALIDATE = ["/security", "/security/findings", "/incidents"];

function invalid(field: string, message: string): never {
  throw new ActionError("VALIDATION", "errors.validation", { [field]: [message] });
}

function refuseMove(row: FindingRow, to: FindingStatus) {
  if (!canMoveFinding(row.status, to)) throw new ActionError("CONFLICT", "securityProgramme.errors.transition");
}

function statusEvent(row: FindingRow, after: FindingRow, action: AuditEvent["action"]): AuditEvent {
  const pick = (r: FindingRow) => ({
    status: r.status,
    evidence: r.evidence,
    riskRationale: r.riskRationale,
    riskAcceptedUntil: r.riskAcceptedUntil,
    verifiedOn: r.verifiedOn,
  });
  return { action, entityType: "security_finding", entityId: row.id, before: pick(row), after: pick(after) };
}

/** Record a finding from an audit or an incident's post-mortem; its due date follows its severity. */
export const createFinding = defineMutation({
  name: "security.createFinding",
  permission: "security:manage",
  schema: findingSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const { settings, today } = await loadProgrammeContext(tx, now);
    refuseFutureDay(input.openedOn, today, "openedOn");
    await assertSystemsExist(tx, input.systemIds, "systemIds");
    if (input.systemIds.length === 0) invalid("systemIds", "securityProgramme.errors.systemsRequired");
    if (input.auditId) {
      const [audit] = await tx
        .select({ id: securityAudits.id })
        .from(securityAudits)
        .where(eq(securityAudits.id, input.auditId));
      if (!audit) invalid("auditId", "securityProgramme.errors.unknownAudit");
    }
    if (input.incidentId) {
      const [incident] = await tx
        .select({ id: incidents.id })
        .from(incidents)
        .where(eq(incidents.id, input.incidentId));
      if (!incident) invalid("incidentId", "securityProgramme.errors.unknownIncident");
    }
    const dueOn = findingDueOn(input.severity, input.openedOn, settings);
    const [row] = await tx
      .insert(securityFindings)
      .values({
        title: input.title,
        description: input.description,
        severity: input.severity,
        owner: input.owner,
        auditId: input.auditId ?? null,
        openedOn: input.openedOn,
        dueOn,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: securityFindings.id });
    const findingId = row!.id;
    await tx.insert(securityFindingSystems).values(input.systemIds.map((systemId) => ({ findingId, systemId })));
    if (input.incidentId)
      await tx
        .insert(securityFindingIncidents)
        .values({ findingId, incidentId: input.incidentId, relation: "revealed_by" });
    return {
      data: { id: findingId, dueOn },
      audit: {
        action: "security.finding_create",
        entityType: "security_finding",
        entityId: findingId,
        after: { ...input, dueOn },
      },
    };
  },
});

/** Open, in remediation or fixed (with the evidence of the fix). */
export const changeFindingStatus = defineMutation({
  name: "security.changeFindingStatus",
  permission: "security:manage",
  schema: findingStatusSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const row = await lockFinding(tx, input.id, input.version);
    refuseMove(row, input.status);
    if (input.status === "fixed" && !input.evidence) invalid("evidence", "securityProgramme.errors.evidenceRequired");
    const after = await updateFinding(
      tx,
      row,
      { status: input.status, evidence: input.evidence || row.evidence, riskRationale: null, riskAcceptedUntil: null },
      now,
    );
    return { data: { id: row.id, version: after.version }, audit: statusEvent(row, after, "security.finding_status") };
  },
});

/** Accept the risk, with its rationale and an expiry after which the finding is open again. */
export const acceptRisk = defineMutation({
  name: "security.acceptRisk",
  permission: "security:manage",
  schema: acceptRiskSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const { today } = await loadProgrammeContext(tx, now);
    if (input.until < today) invalid("until", "securityProgramme.errors.expiryInPast");
    const row = await lockFinding(tx, input.id, input.version);
    refuseMove(row, "risk_accepted");
    const after = await updateFinding(
      tx,
      row,
      { status: "risk_accepted", riskRationale: input.rationale, riskAcceptedUntil: input.until },
      now,
    );
    return { data: { id: row.id, version: after.version }, audit: statusEvent(row, after, "security.risk_accept") };
  },
});

/** Close a finding with a retest that shows the fix works: the retest's day and its evidence. */
export const verifyFinding = defineMutation({
  name: "security.verifyFinding",
  permission: "security:manage",
  schema: verifyFindingSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const { today } = await loadProgrammeContext(tx, now);
    refuseFutureDay(input.retestOn, today, "retestOn");
    const row = await lockFinding(tx, input.id, input.version);
    refuseMove(row, "verified");
    if (input.retestOn < row.openedOn) invalid("retestOn", "securityProgramme.errors.retestBeforeOpening");
    const after = await updateFinding(
      tx,
      row,
      {
        status: "verified",
        evidence: input.evidence,
        verifiedOn: input.retestOn,
        riskRationale: null,
        riskAcceptedUntil: null,
      },
      now,
    );
    return { data: { id: row.id, version: after.version }, audit: statusEvent(row, after, "security.finding_verify") };
  },
});

/** A finding revealed by an incident, or exploited in one; linking twice changes nothing but is logged once. */
export const linkFindingIncident = defineMutation({
  name: "security.linkFindingIncident",
  permission: "security:manage",
  schema: linkFindingSchema,
  revalidate: REVALIDATE,
  async run({ tx, input }) {
    const [finding] = await tx
      .select({ id: securityFindings.id })
      .from(securityFindings)
      .where(eq(securityFindings.id, input.findingId));
    if (!finding) invalid("findingId", "securityProgramme.errors.notFound");
    const [incident] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, input.incidentId));
    if (!incident) invalid("incidentId", "securityProgramme.errors.unknownIncident");
    const inserted = await tx.insert(securityFindingIncidents).values(input).onConflictDoNothing().returning();
    return {
      data: { linked: inserted.length > 0 },
      audit: {
        action: "security.finding_link",
        entityType: "security_finding",
        entityId: input.findingId,
        after: input,
        meta: inserted.length ? undefined : { alreadyLinked: true },
      },
    };
  },
});
