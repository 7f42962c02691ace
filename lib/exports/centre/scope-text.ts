import type { ExportScope } from "@/lib/exports/contract";

type Translate = (key: string, values?: Record<string, string>) => string;

/** The history's "scope" cell: only the fields the report read, in words. `t` is scoped to `exportCentre.scope`. */
export function scopeText(t: Translate, report: string, scope: ExportScope): string {
  const parts: string[] = [];
  if (scope.from && scope.to) parts.push(t("period", { from: scope.from, to: scope.to }));
  if (report === "register")
    parts.push(
      scope.reference ? t("reference", { reference: scope.reference }) : scope.activeOnly ? t("activeOnly") : t("all"),
    );
  else if (scope.reference) parts.push(t("reference", { reference: scope.reference }));
  if (scope.asOf) parts.push(t("asOf", { date: scope.asOf }));
  if (scope.subscriberRef) parts.push(t("subscriber", { ref: scope.subscriberRef }));
  if (scope.csvSeparator) parts.push(t("separator", { separator: scope.csvSeparator }));
  return parts.join(" · ");
}
