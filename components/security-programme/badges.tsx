import { Badge } from "@/components/ui/badge";
import type { CoverageLevel, CoverageReason } from "@/lib/security-programme/coverage";
import type { Severity } from "@/lib/security-programme/vocabulary";
import { formatDay, type Label } from "./labels";

const LEVEL_VARIANT: Record<CoverageLevel, "success" | "warning" | "destructive"> = {
  covered: "success",
  partial: "warning",
  missing: "destructive",
};

export function CoverageBadge({ level, label }: { level: CoverageLevel; label: Label }) {
  return <Badge variant={LEVEL_VARIANT[level]}>{label(`level.${level}`)}</Badge>;
}

export function SeverityBadge({ severity, label }: { severity: Severity; label: Label }) {
  return (
    <Badge variant={severity === "critical" || severity === "high" ? "destructive" : "outline"}>
      {label(`severity.${severity}`)}
    </Badge>
  );
}

/** Why a system is not covered, one sentence per unmet requirement. */
export function reasonText(reason: CoverageReason, label: Label, locale: string): string {
  switch (reason.code) {
    case "no_source":
      return label("reasons.no_source", { source: label(`sourceKind.${reason.source}`) });
    case "no_rule_set":
      return label("reasons.no_rule_set");
    case "no_recent_test":
      return [
        label("reasons.no_recent_test", { months: reason.maxAgeMonths }),
        reason.lastTestedOn ? label("reasons.lastTest", { day: formatDay(reason.lastTestedOn, locale) }) : "",
      ]
        .join(" ")
        .trim();
  }
}

export function CoverageReasons({
  reasons,
  label,
  locale,
}: {
  reasons: CoverageReason[];
  label: Label;
  locale: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <ul className="list-disc pl-5 text-sm text-muted-foreground">
      {reasons.map((reason, index) => (
        <li key={index}>{reasonText(reason, label, locale)}</li>
      ))}
    </ul>
  );
}
