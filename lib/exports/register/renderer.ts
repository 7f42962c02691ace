import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportFormat, ExportScope } from "../contract";
import { tabularRenderer } from "../tabular-renderer";
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
export const registerTabularRenderer = tabularRenderer({
  kind: "register",
  permission: "register:read",
  fileName: registerFileName,
  formats: { xlsx: renderRegisterXlsx, csv: renderRegisterCsv, json: renderRegisterJson },
});
