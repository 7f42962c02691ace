import { today as dayOf } from "./calendar";
import type { AuditKind, ProviderKind } from "./vocabulary";

/**
 * An audit by a PASSI-qualified provider counts as a qualified audit only inside the qualification's
 * scope (intrusion, configuration, code, architecture, organisational) and validity. ANSSI and the
 * other providers are not checked here: they make no qualification claim.
 */
export interface ProviderQualification {
  kind: ProviderKind;
  passiScopes: readonly AuditKind[];
  /** `YYYY-MM-DD`, both inclusive; null when unknown. */
  validFrom: string | null;
  validUntil: string | null;
}

export type PassiIssue =
  | { code: "outside_scope"; kind: AuditKind }
  | { code: "not_yet_valid"; validFrom: string }
  | { code: "expired"; validUntil: string }
  | { code: "validity_unknown" };

/** The issues of an audit of `kind` run from `startedOn` to `endedOn` by `provider` (empty: nothing to flag). */
export function passiIssues(
  provider: ProviderQualification,
  audit: { kind: AuditKind; startedOn: string; endedOn: string | null },
): PassiIssue[] {
  if (provider.kind !== "passi") return [];
  const issues: PassiIssue[] = [];
  if (!provider.passiScopes.includes(audit.kind)) issues.push({ code: "outside_scope", kind: audit.kind });
  if (!provider.validFrom || !provider.validUntil) issues.push({ code: "validity_unknown" });
  if (provider.validFrom && audit.startedOn < provider.validFrom)
    issues.push({ code: "not_yet_valid", validFrom: provider.validFrom });
  const last = audit.endedOn ?? audit.startedOn;
  if (provider.validUntil && last > provider.validUntil)
    issues.push({ code: "expired", validUntil: provider.validUntil });
  return issues;
}

/** Whether the qualification is valid on `today` (for the provider list). */
export function isQualificationValid(provider: ProviderQualification, now: Date, timeZone?: string): boolean {
  const today = dayOf(now, timeZone);
  return (
    provider.kind === "passi" &&
    provider.validFrom !== null &&
    provider.validUntil !== null &&
    provider.validFrom <= today &&
    today <= provider.validUntil
  );
}
