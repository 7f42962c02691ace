import type { AuditDue } from "@/lib/security-programme/audit-due";
import type { PassiIssue } from "@/lib/security-programme/passi";
import type { SystemSensitivity } from "@/lib/security-programme/sensitivity";
import { formatDay, type Label } from "./labels";

/** What a system holds, as its linked register entries say. */
export function sensitivityText(s: SystemSensitivity, label: Label): string {
  if (!s.holdsPersonalData) return label("sensitivity.none");
  const parts = [
    s.holdsTraffic ? label("sensitivity.traffic") : null,
    s.holdsLocation ? label("sensitivity.location") : null,
    !s.holdsTraffic && !s.holdsLocation && s.holdsSensitive ? label("sensitivity.sensitive") : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : label("sensitivity.personal");
}

export function auditDueText(due: AuditDue, label: Label, locale: string): string {
  switch (due.state) {
    case "not_required":
    case "never_audited":
      return label(`auditDue.${due.state}`);
    case "up_to_date":
      return label("auditDue.up_to_date", { day: formatDay(due.dueOn, locale) });
    case "overdue":
      return label("auditDue.overdue", {
        years: due.yearsSinceLast,
        day: formatDay(due.dueOn, locale),
      });
  }
}

export function passiIssueText(issue: PassiIssue, label: Label, locale: string): string {
  switch (issue.code) {
    case "outside_scope":
      return label("passi.outside_scope", { kind: label(`auditKind.${issue.kind}`) });
    case "not_yet_valid":
      return label("passi.not_yet_valid", { day: formatDay(issue.validFrom, locale) });
    case "expired":
      return label("passi.expired", { day: formatDay(issue.validUntil, locale) });
    case "validity_unknown":
      return label("passi.validity_unknown");
  }
}
