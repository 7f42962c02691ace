/**
 * The closed vocabularies of the security programme, shared by the schema (db/schema/security-programme.ts
 * repeats them as column enums), the forms, the API and the rules.
 */
export const CRITICALITIES = ["critical", "high", "medium", "low"] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const EXPOSURES = ["internet", "internal"] as const;
export type Exposure = (typeof EXPOSURES)[number];

export const HOSTINGS = ["on_premises", "private_cloud", "public_cloud", "saas"] as const;
export type Hosting = (typeof HOSTINGS)[number];

/** Intrusion-detection sources: network IDS probe, host EDR, host logs in the SIEM, web application firewall. */
export const SOURCE_KINDS = ["network_ids", "host_edr", "siem_logs", "waf"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const TEST_RESULTS = ["detected", "partially_detected", "not_detected"] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

export const PROVIDER_KINDS = ["anssi", "passi", "external", "internal"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Audit kinds, which are also the PASSI qualification's scopes (référentiel PASSI, ANSSI). */
export const AUDIT_KINDS = ["intrusion", "configuration", "code", "architecture", "organisational"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_RESULTS = ["satisfactory", "needs_improvement", "unsatisfactory"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ["open", "in_remediation", "fixed", "risk_accepted", "verified"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Statuses in which a finding still needs work (an expired risk acceptance counts too: see findings.ts). */
export const UNRESOLVED_STATUSES: readonly FindingStatus[] = ["open", "in_remediation"];

export function isAuditKind(value: string): value is AuditKind {
  return (AUDIT_KINDS as readonly string[]).includes(value);
}
