import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { incidents } from "./incidents";
import { processingActivities } from "./register";

/**
 * The security programme (issue 18): the security director's systems, their intrusion-detection
 * coverage, the audits of ANSSI / PASSI-qualified providers, and the findings to fix.
 * Days (`date`, ISO strings) are calendar days of the organisation; instants are `timestamptz`.
 * The enums repeat lib/security-programme/vocabulary.ts (db/ imports nothing from lib/).
 */
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const day = (name: string) => date(name, { mode: "string" });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
const LEVELS = ["critical", "high", "medium", "low"] as const;

export const securitySystems = pgTable("security_systems", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  description: text("description").notNull().default(""),
  owner: text("owner").notNull(),
  hosting: text("hosting", { enum: ["on_premises", "private_cloud", "public_cloud", "saas"] }).notNull(),
  criticality: text("criticality", { enum: LEVELS }).notNull(),
  exposure: text("exposure", { enum: ["internet", "internal"] }).notNull(),
  version: integer("version").notNull().default(1),
  createdAt: instant("created_at").notNull(),
  updatedAt: instant("updated_at").notNull(),
});

/** The register entries whose data a system holds: its traffic / location flags derive from them. */
export const securitySystemEntries = pgTable(
  "security_system_entries",
  {
    systemId: uuid("system_id")
      .notNull()
      .references(() => securitySystems.id, { onDelete: "cascade" }),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id),
  },
  (t) => [
    primaryKey({ columns: [t.systemId, t.activityId] }),
    index("security_system_entries_activity_idx").on(t.activityId),
  ],
);

/** Detection sources (network IDS probe, EDR, SIEM log source, WAF) and rule sets / use cases per system. */
export const securityDetectionSources = pgTable(
  "security_detection_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    systemId: uuid("system_id")
      .notNull()
      .references(() => securitySystems.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["network_ids", "host_edr", "siem_logs", "waf", "rule_set"] }).notNull(),
    name: text("name").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [index("security_detection_sources_system_idx").on(t.systemId)],
);

/** Simulated attacks and purple-team exercises, entered by hand or pushed by the SOC (idempotent on externalId). */
export const securityDetectionTests = pgTable(
  "security_detection_tests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    systemId: uuid("system_id")
      .notNull()
      .references(() => securitySystems.id, { onDelete: "cascade" }),
    externalId: text("external_id").unique(),
    testedOn: day("tested_on").notNull(),
    result: text("result", { enum: ["detected", "partially_detected", "not_detected"] }).notNull(),
    scenario: text("scenario").notNull().default(""),
    source: text("source", { enum: ["manual", "api", "demo"] })
      .notNull()
      .default("manual"),
    recordedAt: instant("recorded_at").notNull(),
    recordedBy: text("recorded_by").notNull(),
  },
  (t) => [index("security_detection_tests_system_idx").on(t.systemId, t.testedOn)],
);

export const securityAuditProviders = pgTable("security_audit_providers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  kind: text("kind", { enum: ["anssi", "passi", "external", "internal"] }).notNull(),
  /** PASSI qualification scopes (audit kinds); empty for other providers. */
  passiScopes: text("passi_scopes")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  validFrom: day("valid_from"),
  validUntil: day("valid_until"),
  createdAt: instant("created_at").notNull(),
});

export const securityAudits = pgTable(
  "security_audits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["intrusion", "configuration", "code", "architecture", "organisational"] }).notNull(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => securityAuditProviders.id),
    startedOn: day("started_on").notNull(),
    endedOn: day("ended_on"),
    reportReference: text("report_reference").notNull().default(""),
    result: text("result", { enum: ["satisfactory", "needs_improvement", "unsatisfactory"] }).notNull(),
    reportFileName: text("report_file_name"),
    reportSize: integer("report_size"),
    /** SHA-256 of the report file's bytes, lowercase hex. */
    reportSha256: text("report_sha256"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("security_audits_started_idx").on(t.startedOn)],
);

/** The report file itself, apart so lists never read its bytes. */
export const securityAuditReports = pgTable("security_audit_reports", {
  auditId: uuid("audit_id")
    .primaryKey()
    .references(() => securityAudits.id, { onDelete: "cascade" }),
  mediaType: text("media_type").notNull(),
  content: bytea("content").notNull(),
});

export const securityAuditSystems = pgTable(
  "security_audit_systems",
  {
    auditId: uuid("audit_id")
      .notNull()
      .references(() => securityAudits.id, { onDelete: "cascade" }),
    systemId: uuid("system_id")
      .notNull()
      .references(() => securitySystems.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.systemId] }), index("security_audit_systems_system_idx").on(t.systemId)],
);

export const securityFindings = pgTable(
  "security_findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The vulnerability tracker's id: the same externalId returns the same finding. */
    externalId: text("external_id").unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    severity: text("severity", { enum: LEVELS }).notNull(),
    /** Where it came from: an audit, or an incident's post-mortem (security_finding_incidents, `revealed_by`). */
    auditId: uuid("audit_id").references(() => securityAudits.id),
    owner: text("owner").notNull(),
    openedOn: day("opened_on").notNull(),
    dueOn: day("due_on").notNull(),
    status: text("status", { enum: ["open", "in_remediation", "fixed", "risk_accepted", "verified"] })
      .notNull()
      .default("open"),
    riskRationale: text("risk_rationale"),
    riskAcceptedUntil: day("risk_accepted_until"),
    evidence: text("evidence").notNull().default(""),
    verifiedOn: day("verified_on"),
    source: text("source", { enum: ["manual", "api", "demo"] })
      .notNull()
      .default("manual"),
    version: integer("version").notNull().default(1),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    index("security_findings_status_idx").on(t.status, t.dueOn),
    index("security_findings_audit_idx").on(t.auditId),
  ],
);

export const securityFindingSystems = pgTable(
  "security_finding_systems",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => securityFindings.id, { onDelete: "cascade" }),
    systemId: uuid("system_id")
      .notNull()
      .references(() => securitySystems.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.findingId, t.systemId] }),
    index("security_finding_systems_system_idx").on(t.systemId),
  ],
);

/** A finding revealed by an incident, or exploited in one (the incident page lists both). */
export const securityFindingIncidents = pgTable(
  "security_finding_incidents",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => securityFindings.id, { onDelete: "cascade" }),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id),
    relation: text("relation", { enum: ["revealed_by", "exploited_in"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.findingId, t.incidentId, t.relation] }),
    index("security_finding_incidents_incident_idx").on(t.incidentId),
  ],
);

/** The programme's configurable periods (one row, id 1; absent: lib/security-programme/settings.ts defaults). */
export const securitySettings = pgTable("security_settings", {
  id: integer("id").primaryKey().default(1),
  auditIntervalYears: jsonb("audit_interval_years").$type<Record<(typeof LEVELS)[number], number>>().notNull(),
  findingDueDays: jsonb("finding_due_days").$type<Record<(typeof LEVELS)[number], number>>().notNull(),
  updatedAt: instant("updated_at").notNull(),
});
