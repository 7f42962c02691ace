import type { ExportScope } from "@/lib/exports/contract";
import { formatDay } from "@/lib/time/format-day";

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The history's "scope" cell: only the fields the report read, in words, days written as the console
 * writes them (`1 janv. 2026`). `t` is scoped to `exportCentre.scope`.
 */
export function scopeText(t: Translate, locale: "fr" | "en", report: string, scope: ExportScope): string {
  const day = (value: string) => formatDay(value, locale);
  const parts: string[] = [];
  if (scope.from && scope.to) parts.push(t("period", { from: day(scope.from), to: day(scope.to) }));
  if (report === "register")
    parts.push(
      scope.reference ? t("reference", { reference: scope.reference }) : scope.activeOnly ? t("activeOnly") : t("all"),
    );
  else if (scope.reference) parts.push(t("reference", { reference: scope.reference }));
  if (scope.asOf) parts.push(t("asOf", { date: day(scope.asOf) }));
  if (scope.subscriberRef) parts.push(t("subscriber", { ref: scope.subscriberRef }));
  if (scope.csvSeparator) parts.push(t("separator", { separator: scope.csvSeparator }));
  return parts.join(" · ");
}
