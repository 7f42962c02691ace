import type { AuditDue } from "./audit-due";
import type { Coverage } from "./coverage";
import type { PassiIssue } from "./passi";
import type { SystemSensitivity } from "./sensitivity";
import type {
  AuditKind,
  AuditResult,
  Criticality,
  Exposure,
  FindingStatus,
  Hosting,
  ProviderKind,
  Severity,
  TestResult,
} from "./vocabulary";

/** Shapes the security programme sends to the client (types only: client components import this file). */
export interface SystemDTO {
  id: string;
  name: string;
  description: string;
  owner: string;
  hosting: Hosting;
  criticality: Criticality;
  exposure: Exposure;
  version: number;
  entries: { id: string; reference: string; name: string }[];
  sensitivity: SystemSensitivity;
  sources: { kind: string; name: string; active: boolean }[];
  tests: { id: string; testedOn: string; result: TestResult; scenario: string; recordedBy: string }[];
  coverage: Coverage;
  auditDue: AuditDue;
  openFindings: number;
}

export interface ProviderDTO {
  id: string;
  name: string;
  kind: ProviderKind;
  passiScopes: AuditKind[];
  validFrom: string | null;
  validUntil: string | null;
  isValidToday: boolean;
}

export interface AuditDTO {
  id: string;
  title: string;
  kind: AuditKind;
  provider: { id: string; name: string; kind: ProviderKind };
  systems: { id: string; name: string }[];
  startedOn: string;
  endedOn: string | null;
  reportReference: string;
  result: AuditResult;
  report: { fileName: string; size: number; sha256: string } | null;
  passiIssues: PassiIssue[];
  findingCount: number;
}

export interface FindingDTO {
  id: string;
  version: number;
  title: string;
  description: string;
  severity: Severity;
  status: FindingStatus;
  /** An expired acceptance is unresolved again. */
  isUnresolved: boolean;
  isAcceptanceExpired: boolean;
  owner: string;
  openedOn: string;
  dueOn: string;
  overdueDays: number;
  riskRationale: string | null;
  riskAcceptedUntil: string | null;
  evidence: string;
  verifiedOn: string | null;
  audit: { id: string; title: string } | null;
  systems: { id: string; name: string }[];
  incidents: { id: string; reference: string; title: string; relation: "revealed_by" | "exploited_in" }[];
}

export interface SecurityOverviewDTO {
  today: string;
  coverage: { covered: number; partial: number; missing: number; holdingPersonalData: number };
  openBySeverity: Record<Severity, number>;
  overdueCount: number;
  /** Unresolved findings, overdue first. */
  openFindings: FindingDTO[];
  auditsDue: { systemId: string; name: string; criticality: Criticality; due: AuditDue }[];
}
