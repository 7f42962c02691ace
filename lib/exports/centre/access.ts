import { can, type Role } from "@/lib/auth/permissions";
import { reportKinds, type ReportKind } from "../contract";

/** The incident reports: what `exports:incidents` (the security director's share) allows. */
export const incidentReports: readonly ReportKind[] = ["breach-register", "incident"];

/**
 * May this role export (and see in the history, and download) this report? `exports:create`
 * covers every report (a subscriber's dossier also needs `consent:lookup`); `exports:incidents`
 * the incident reports only. Everyone else: none.
 */
export function canExportReport(role: Role, report: ReportKind): boolean {
  // A subscriber's dossier discloses their proofs: it is a consent lookup too.
  if (report === "subscriber-dossier" && !can(role, "consent:lookup")) return false;
  if (can(role, "exports:create")) return true;
  return incidentReports.includes(report) && can(role, "exports:incidents");
}

/** The reports a role may export, in the contract's order. */
export function exportableReports(role: Role): ReportKind[] {
  return reportKinds.filter((report) => canExportReport(role, report));
}
