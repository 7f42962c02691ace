import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  incidents,
  processingActivities,
  securityAuditProviders,
  securityAudits,
  securityAuditSystems,
  securityDetectionSources,
  securityDetectionTests,
  securityFindingIncidents,
  securityFindings,
  securityFindingSystems,
  securitySystemEntries,
  securitySystems,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { auditDue } from "./audit-due";
import { assessCoverage } from "./coverage";
import type { FindingDTO, ProviderDTO, SecurityOverviewDTO, SystemDTO } from "./dto";
import { compareFindings, isRiskAcceptanceExpired, isUnresolved, overdueDays } from "./findings";
import { isQualificationValid } from "./passi";
import { sensitivityOf } from "./sensitivity";
import { loadProgrammeContext } from "./store";
import { isAuditKind, SEVERITIES, SOURCE_KINDS, type SourceKind } from "./vocabulary";

export { listAudits } from "./audit-queries";
export { findingChoices, incidentChoices } from "./choice-queries";
export { getSecuritySettings } from "./settings-queries";

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};
const isSourceKind = (kind: string): kind is SourceKind => (SOURCE_KINDS as readonly string[]).includes(kind);

/** Every system with its register links, derived sensitivity, detection coverage and audit due state. */
export async function listSystems(actor: Actor, now: Date, db: Executor = getDb()): Promise<SystemDTO[]> {
  assertCan(actor, "security:read");
  const [context, systems, links, sources, tests, audited, findings] = await Promise.all([
    loadProgrammeContext(db, now),
    db.select().from(securitySystems).orderBy(asc(securitySystems.name)),
    db
      .select({
        systemId: securitySystemEntries.systemId,
        id: processingActivities.id,
        reference: processingActivities.reference,
        name: processingActivities.name,
        content: processingActivities.content,
      })
      .from(securitySystemEntries)
      .innerJoin(processingActivities, eq(processingActivities.id, securitySystemEntries.activityId)),
    db.select().from(securityDetectionSources),
    db.select().from(securityDetectionTests).orderBy(desc(securityDetectionTests.testedOn)),
    db
      .select({
        systemId: securityAuditSystems.systemId,
        startedOn: securityAudits.startedOn,
        endedOn: securityAudits.endedOn,
      })
      .from(securityAuditSystems)
      .innerJoin(securityAudits, eq(securityAudits.id, securityAuditSystems.auditId)),
    db
      .select({
        systemId: securityFindingSystems.systemId,
        status: securityFindings.status,
        until: securityFindings.riskAcceptedUntil,
      })
      .from(securityFindingSystems)
      .innerJoin(securityFindings, eq(securityFindings.id, securityFindingSystems.findingId)),
  ]);
  const linksBy = groupBy(links, (l) => l.systemId);
  const sourcesBy = groupBy(sources, (s) => s.systemId);
  const testsBy = groupBy(tests, (t) => t.systemId);
  const auditedBy = groupBy(audited, (a) => a.systemId);
  const findingsBy = groupBy(findings, (f) => f.systemId);
  return systems.map((system) => {
    const entries = linksBy.get(system.id) ?? [];
    const sensitivity = sensitivityOf(
      entries.map((e) => ({ dataCategories: (e.content as { dataCategories?: string[] }).dataCategories ?? [] })),
    );
    const systemSources = sourcesBy.get(system.id) ?? [];
    const systemTests = testsBy.get(system.id) ?? [];
    const active = systemSources.filter((s) => s.active);
    const coverage = assessCoverage(
      {
        exposure: system.exposure,
        ...sensitivity,
        sources: active.map((s) => s.kind).filter(isSourceKind),
        ruleSetCount: active.filter((s) => s.kind === "rule_set").length,
        tests: systemTests,
      },
      now,
      undefined,
      context.timeZone,
    );
    const due = auditDue(
      {
        criticality: system.criticality,
        holdsSensitive: sensitivity.holdsSensitive,
        auditedOn: (auditedBy.get(system.id) ?? []).map((a) => a.endedOn ?? a.startedOn),
      },
      now,
      context.settings,
      context.timeZone,
    );
    return {
      id: system.id,
      name: system.name,
      description: system.description,
      owner: system.owner,
      hosting: system.hosting,
      criticality: system.criticality,
      exposure: system.exposure,
      version: system.version,
      entries: entries.map(({ id, reference, name }) => ({ id, reference, name })),
      sensitivity,
      sources: systemSources.map(({ kind, name, active }) => ({ kind, name, active })),
      tests: systemTests.map(({ id, testedOn, result, scenario, recordedBy }) => ({
        id,
        testedOn,
        result,
        scenario,
        recordedBy,
      })),
      coverage,
      auditDue: due,
      openFindings: (findingsBy.get(system.id) ?? []).filter((f) =>
        isUnresolved({ status: f.status, riskAcceptedUntil: f.until }, now, context.timeZone),
      ).length,
    };
  });
}

export async function getSystem(actor: Actor, id: string, now: Date, db: Executor = getDb()) {
  const systems = await listSystems(actor, now, db);
  return systems.find((s) => s.id === id) ?? null;
}

export async function listProviders(actor: Actor, now: Date, db: Executor = getDb()): Promise<ProviderDTO[]> {
  assertCan(actor, "security:read");
  const { timeZone } = await loadProgrammeContext(db, now);
  const rows = await db.select().from(securityAuditProviders).orderBy(asc(securityAuditProviders.name));
  return rows.map((row) => {
    const passiScopes = row.passiScopes.filter(isAuditKind);
    const qualification = { kind: row.kind, passiScopes, validFrom: row.validFrom, validUntil: row.validUntil };
    return {
      ...qualification,
      id: row.id,
      name: row.name,
      isValidToday: isQualificationValid(qualification, now, timeZone),
    };
  });
}

/** Findings (all, or those linked to one incident), unresolved and overdue first. */
export async function listFindings(
  actor: Actor,
  now: Date,
  options: { incidentId?: string } = {},
  db: Executor = getDb(),
): Promise<FindingDTO[]> {
  assertCan(actor, "security:read");
  const { timeZone } = await loadProgrammeContext(db, now);
  const linked = options.incidentId
    ? (
        await db
          .select({ id: securityFindingIncidents.findingId })
          .from(securityFindingIncidents)
          .where(eq(securityFindingIncidents.incidentId, options.incidentId))
      ).map((r) => r.id)
    : null;
  if (linked && linked.length === 0) return [];
  const rows = await (linked
    ? db.select().from(securityFindings).where(inArray(securityFindings.id, linked))
    : db.select().from(securityFindings));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [systems, incidentLinks, audits] = await Promise.all([
    db
      .select({ findingId: securityFindingSystems.findingId, id: securitySystems.id, name: securitySystems.name })
      .from(securityFindingSystems)
      .innerJoin(securitySystems, eq(securitySystems.id, securityFindingSystems.systemId))
      .where(inArray(securityFindingSystems.findingId, ids)),
    db
      .select({
        findingId: securityFindingIncidents.findingId,
        relation: securityFindingIncidents.relation,
        id: incidents.id,
        reference: incidents.reference,
        title: incidents.title,
      })
      .from(securityFindingIncidents)
      .innerJoin(incidents, eq(incidents.id, securityFindingIncidents.incidentId))
      .where(inArray(securityFindingIncidents.findingId, ids)),
    db.select({ id: securityAudits.id, title: securityAudits.title }).from(securityAudits),
  ]);
  const systemsBy = groupBy(systems, (s) => s.findingId);
  const incidentsBy = groupBy(incidentLinks, (l) => l.findingId);
  const auditTitles = new Map(audits.map((a) => [a.id, a.title]));
  const dtos: FindingDTO[] = rows.map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    severity: row.severity,
    status: row.status,
    isUnresolved: isUnresolved(row, now, timeZone),
    isAcceptanceExpired: isRiskAcceptanceExpired(row, now, timeZone),
    owner: row.owner,
    openedOn: row.openedOn,
    dueOn: row.dueOn,
    overdueDays: overdueDays(row, now, timeZone),
    riskRationale: row.riskRationale,
    riskAcceptedUntil: row.riskAcceptedUntil,
    evidence: row.evidence,
    verifiedOn: row.verifiedOn,
    audit: row.auditId ? { id: row.auditId, title: auditTitles.get(row.auditId) ?? "" } : null,
    systems: (systemsBy.get(row.id) ?? [])
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    incidents: (incidentsBy.get(row.id) ?? []).map(({ id, reference, title, relation }) => ({
      id,
      reference,
      title,
      relation,
    })),
  }));
  return dtos.sort((a, b) => {
    if (a.isUnresolved !== b.isUnresolved) return a.isUnresolved ? -1 : 1;
    return compareFindings(a, b, now, timeZone);
  });
}

/** The overview: coverage of systems holding personal data, open findings by severity (overdue first), audits due. */
export async function securityOverview(actor: Actor, now: Date, db: Executor = getDb()): Promise<SecurityOverviewDTO> {
  assertCan(actor, "security:read");
  const [{ today }, systems, findings] = await Promise.all([
    loadProgrammeContext(db, now),
    listSystems(actor, now, db),
    listFindings(actor, now, {}, db),
  ]);
  const holding = systems.filter((s) => s.sensitivity.holdsPersonalData);
  const open = findings.filter((f) => f.isUnresolved);
  const openBySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length]),
  ) as SecurityOverviewDTO["openBySeverity"];
  return {
    today,
    coverage: {
      holdingPersonalData: holding.length,
      covered: holding.filter((s) => s.coverage.level === "covered").length,
      partial: holding.filter((s) => s.coverage.level === "partial").length,
      missing: holding.filter((s) => s.coverage.level === "missing").length,
    },
    openBySeverity,
    overdueCount: open.filter((f) => f.overdueDays > 0).length,
    openFindings: open,
    auditsDue: systems
      .filter((s) => s.auditDue.state === "never_audited" || s.auditDue.state === "overdue")
      .map((s) => ({ systemId: s.id, name: s.name, criticality: s.criticality, due: s.auditDue })),
  };
}

/** Active register entries a system can be linked to (the system form's choices). */
export async function registerEntryChoices(actor: Actor, db: Executor = getDb()) {
  assertCan(actor, "security:read");
  return db
    .select({ id: processingActivities.id, reference: processingActivities.reference, name: processingActivities.name })
    .from(processingActivities)
    .where(inArray(processingActivities.status, ["active", "draft"]))
    .orderBy(asc(processingActivities.reference));
}
