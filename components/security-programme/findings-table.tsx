import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FindingDTO } from "@/lib/security-programme/dto";
import { SeverityBadge } from "./badges";
import { FindingActions } from "./finding-actions";
import { formatDay, labelOf, type Label } from "./labels";

function statusText(f: FindingDTO, label: Label, locale: string): string {
  if (f.isAcceptanceExpired && f.riskAcceptedUntil)
    return label("findings.acceptanceExpired", { day: formatDay(f.riskAcceptedUntil, locale) });
  if (f.status === "risk_accepted" && f.riskAcceptedUntil)
    return label("findings.acceptedUntil", { day: formatDay(f.riskAcceptedUntil, locale) });
  if (f.status === "verified" && f.verifiedOn)
    return label("findings.verifiedOn", { day: formatDay(f.verifiedOn, locale) });
  return label(`status.${f.status}`);
}

/**
 * Findings, overdue first with their age; the security director moves them on (remediation, fix, retest,
 * risk accepted) and, given the incidents to choose from, links them to an incident.
 */
export async function FindingsTable({
  findings,
  canManage,
  today,
  caption,
  incidents,
}: {
  findings: FindingDTO[];
  canManage: boolean;
  today: string;
  caption: string;
  incidents?: { id: string; reference: string; title: string }[];
}) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  if (findings.length === 0) return <p className="text-sm text-muted-foreground">{t("findings.empty")}</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("findings.finding")}</TableHead>
          <TableHead scope="col">{t("findings.severity")}</TableHead>
          <TableHead scope="col">{t("findings.status")}</TableHead>
          <TableHead scope="col">{t("findings.due")}</TableHead>
          <TableHead scope="col">{t("findings.systems")}</TableHead>
          {canManage ? <TableHead scope="col">{t("findings.actions")}</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {findings.map((f) => (
          <TableRow
            key={f.id}
            data-overdue={f.overdueDays > 0 || undefined}
            className={f.overdueDays > 0 ? "bg-destructive/5" : undefined}
          >
            <TableCell className="max-w-md align-top whitespace-normal">
              <div className="font-medium">{f.title}</div>
              <div className="text-xs text-muted-foreground">
                {f.owner}
                {f.audit ? ` · ${t("findings.fromAudit", { title: f.audit.title })}` : ""}
              </div>
              {f.incidents.map((i) => (
                <div key={`${i.id}-${i.relation}`} className="text-xs">
                  <Link href={`/incidents/${i.reference}`} className="underline underline-offset-4">
                    {label(`findings.${i.relation}`, { reference: i.reference })}
                  </Link>
                </div>
              ))}
            </TableCell>
            <TableCell className="align-top">
              <SeverityBadge severity={f.severity} label={label} />
            </TableCell>
            <TableCell className="max-w-xs align-top whitespace-normal">
              {statusText(f, label, locale)}
              {f.evidence && (f.status === "fixed" || f.status === "verified") ? (
                <div className="text-xs text-muted-foreground">{t("findings.evidence", { evidence: f.evidence })}</div>
              ) : null}
            </TableCell>
            <TableCell className="align-top whitespace-normal">
              <div>{formatDay(f.dueOn, locale)}</div>
              {f.overdueDays > 0 ? (
                <div className="text-sm font-medium text-destructive">
                  {t("findings.overdue", { days: f.overdueDays })}
                </div>
              ) : null}
            </TableCell>
            <TableCell className="align-top whitespace-normal">{f.systems.map((s) => s.name).join(", ")}</TableCell>
            {canManage ? (
              <TableCell className="align-top">
                <FindingActions finding={f} today={today} incidents={incidents} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
