import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  securityAuditProviders,
  securityAudits,
  securityAuditSystems,
  securityFindings,
  securitySystems,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { AuditDTO } from "./dto";
import { passiIssues } from "./passi";
import { isAuditKind } from "./vocabulary";

/** Every audit, latest first, with its provider, systems in scope, report and PASSI flags. */
export async function listAudits(actor: Actor, db: Executor = getDb()): Promise<AuditDTO[]> {
  assertCan(actor, "security:read");
  const [rows, systems, counts] = await Promise.all([
    db
      .select({ audit: securityAudits, provider: securityAuditProviders })
      .from(securityAudits)
      .innerJoin(securityAuditProviders, eq(securityAuditProviders.id, securityAudits.providerId))
      .orderBy(desc(securityAudits.startedOn)),
    db
      .select({ auditId: securityAuditSystems.auditId, id: securitySystems.id, name: securitySystems.name })
      .from(securityAuditSystems)
      .innerJoin(securitySystems, eq(securitySystems.id, securityAuditSystems.systemId)),
    db
      .select({ auditId: securityFindings.auditId, value: count() })
      .from(securityFindings)
      .groupBy(securityFindings.auditId),
  ]);
  const findingCount = new Map(counts.map((c) => [c.auditId, c.value]));
  return rows.map(({ audit, provider }) => ({
    id: audit.id,
    title: audit.title,
    kind: audit.kind,
    provider: { id: provider.id, name: provider.name, kind: provider.kind },
    systems: systems
      .filter((s) => s.auditId === audit.id)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    startedOn: audit.startedOn,
    endedOn: audit.endedOn,
    reportReference: audit.reportReference,
    result: audit.result,
    report:
      audit.reportFileName && audit.reportSha256 && audit.reportSize !== null
        ? { fileName: audit.reportFileName, size: audit.reportSize, sha256: audit.reportSha256 }
        : null,
    passiIssues: passiIssues(
      {
        kind: provider.kind,
        passiScopes: provider.passiScopes.filter(isAuditKind),
        validFrom: provider.validFrom,
        validUntil: provider.validUntil,
      },
      audit,
    ),
    findingCount: findingCount.get(audit.id) ?? 0,
  }));
}
