import { assertCan } from "@/lib/auth/guard";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportFormat, ExportScope, ReportRenderer } from "../contract";
import { renderRegisterCsv } from "./csv";
import { renderRegisterJson } from "./json";
import { renderRegisterXlsx } from "./xlsx";

/** `registre-2026-12-04[-au-2026-01-01][-actifs][-TRT-0042].xlsx` */
export function registerFileName(scope: ExportScope, format: ExportFormat, now: Date): string {
  const parts = ["registre", isoDateInZone(now)];
  if (scope.asOf) parts.push("au", scope.asOf);
  if (scope.activeOnly) parts.push("actifs");
  if (scope.reference) parts.push(scope.reference);
  return `${parts.join("-")}.${format}`;
}

/** The register of processing activities as XLSX (a sheet per concern), CSV (import layout) and JSON (full fidelity). */
export const registerTabularRenderer: ReportRenderer = {
  kind: "register",
  formats: ["xlsx", "csv", "json"],
  fileName: registerFileName,
  async render(ctx, scope, format, out) {
    assertCan(ctx.actor, "register:read");
    if (format === "xlsx") return renderRegisterXlsx(ctx, scope, out);
    if (format === "csv") return renderRegisterCsv(ctx, scope, out);
    if (format === "json") return renderRegisterJson(ctx, scope, out);
    throw new RangeError(`register: no ${format} rendering here`);
  },
};
