import { eq } from "drizzle-orm";
import {
  securityAuditProviders,
  securityAuditReports,
  securityAudits,
  securityAuditSystems,
  securityFindings,
  securityFindingSystems,
} from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import type { AuditEvent } from "@/lib/audit/write";
import { findingDueOn } from "../findings";
import { passiIssues } from "../passi";
import { auditSchema, providerSchema } from "../schemas";
import { isAuditKind } from "../vocabulary";
import { assertSystemsExist, loadProgrammeContext, refuseFutureDay, sha256 } from "../store";

const REVALIDATE = ["/security", "/security/audits", "/security/findings"];

/** Add an audit provider: ANSSI, a PASSI-qualified provider (scopes and validity), another external one, internal. */
export const createProvider = defineMutation({
  name: "security.createProvider",
  permission: "security:manage",
  schema: providerSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const [other] = await tx
      .select({ id: securityAuditProviders.id })
      .from(securityAuditProviders)
      .where(eq(securityAuditProviders.name, input.name));
    if (other)
      throw new ActionError("VALIDATION", "errors.validation", { name: ["securityProgramme.errors.duplicateName"] });
    const passi = input.kind === "passi";
    const values = {
      name: input.name,
      kind: input.kind,
      passiScopes: passi ? input.passiScopes : [],
      validFrom: passi ? input.validFrom : null,
      validUntil: passi ? input.validUntil : null,
    };
    const [row] = await tx
      .insert(securityAuditProviders)
      .values({ ...values, createdAt: now })
      .returning({ id: securityAuditProviders.id });
    return {
      data: { id: row!.id },
      audit: {
        action: "security.provider_create",
        entityType: "security_audit_provider",
        entityId: row!.id,
        after: values,
      },
    };
  },
});

/**
 * Record an audit: its systems in scope, its optional report file (stored with its SHA-256) and the
 * findings it raised, each due by its severity. A PASSI audit outside its provider's qualification is
 * recorded, and flagged (the flags are returned and kept in the audit entry).
 */
export const recordAudit = defineMutation({
  name: "security.recordAudit",
  permission: "security:manage",
  schema: auditSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const { settings, today } = await loadProgrammeContext(tx, now);
    refuseFutureDay(input.startedOn, today, "startedOn");
    const [provider] = await tx
      .select()
      .from(securityAuditProviders)
      .where(eq(securityAuditProviders.id, input.providerId));
    if (!provider)
      throw new ActionError("VALIDATION", "errors.validation", {
        providerId: ["securityProgramme.errors.unknownProvider"],
      });
    await assertSystemsExist(tx, input.systemIds, "systemIds");
    for (const [index, finding] of input.findings.entries())
      await assertSystemsExist(tx, finding.systemIds, `findings.${index}.systemIds`);

    const bytes = input.report ? new Uint8Array(await input.report.arrayBuffer()) : null;
    const report =
      input.report && bytes
        ? { fileName: input.report.name.slice(0, 200) || "report", size: bytes.byteLength, sha256: sha256(bytes) }
        : null;
    const [audit] = await tx
      .insert(securityAudits)
      .values({
        title: input.title,
        kind: input.kind,
        providerId: input.providerId,
        startedOn: input.startedOn,
        endedOn: input.endedOn,
        reportReference: input.reportReference,
        result: input.result,
        reportFileName: report?.fileName ?? null,
        reportSize: report?.size ?? null,
        reportSha256: report?.sha256 ?? null,
        createdAt: now,
      })
      .returning({ id: securityAudits.id });
    const auditId = audit!.id;
    await tx.insert(securityAuditSystems).values(input.systemIds.map((systemId) => ({ auditId, systemId })));
    if (bytes && input.report)
      await tx
        .insert(securityAuditReports)
        .values({ auditId, mediaType: input.report.type || "application/octet-stream", content: Buffer.from(bytes) });

    const openedOn = input.endedOn ?? input.startedOn;
    const events: AuditEvent[] = [];
    const findingIds: string[] = [];
    for (const finding of input.findings) {
      const dueOn = findingDueOn(finding.severity, openedOn, settings);
      const [row] = await tx
        .insert(securityFindings)
        .values({
          title: finding.title,
          description: finding.description,
          severity: finding.severity,
          owner: finding.owner,
          auditId,
          openedOn,
          dueOn,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: securityFindings.id });
      const systemIds = finding.systemIds.length ? finding.systemIds : input.systemIds;
      await tx.insert(securityFindingSystems).values(systemIds.map((systemId) => ({ findingId: row!.id, systemId })));
      findingIds.push(row!.id);
      events.push({
        action: "security.finding_create",
        entityType: "security_finding",
        entityId: row!.id,
        after: { ...finding, systemIds, auditId, openedOn, dueOn },
      });
    }
    const flags = passiIssues(
      {
        kind: provider.kind,
        passiScopes: provider.passiScopes.filter(isAuditKind),
        validFrom: provider.validFrom,
        validUntil: provider.validUntil,
      },
      input,
    );
    const { report: _file, findings: _findings, ...fields } = input;
    events.unshift({
      action: "security.audit_record",
      entityType: "security_audit",
      entityId: auditId,
      after: { ...fields, report, findingCount: findingIds.length },
      meta: flags.length ? { passiIssues: flags } : undefined,
    });
    return { data: { id: auditId, findingIds, passiIssues: flags }, audit: events };
  },
});
