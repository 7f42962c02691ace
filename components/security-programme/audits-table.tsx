import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditDTO, ProviderDTO } from "@/lib/security-programme/dto";
import { passiIssueText } from "./describe";
import { formatDay, labelOf } from "./labels";

/** Audits, latest first: provider, systems in scope, dates, result, report (SHA-256) and PASSI flags. */
export async function AuditsTable({ audits }: { audits: AuditDTO[] }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  if (audits.length === 0) return <p className="text-sm text-muted-foreground">{t("audits.empty")}</p>;
  return (
    <Table>
      <caption className="sr-only">{t("audits.title")}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("audits.audit")}</TableHead>
          <TableHead scope="col">{t("audits.provider")}</TableHead>
          <TableHead scope="col">{t("audits.systems")}</TableHead>
          <TableHead scope="col">{t("audits.dates")}</TableHead>
          <TableHead scope="col">{t("audits.result")}</TableHead>
          <TableHead scope="col">{t("audits.report")}</TableHead>
          <TableHead scope="col">{t("audits.findings")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {audits.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="max-w-xs align-top whitespace-normal">
              <div className="font-medium">{a.title}</div>
              <div className="text-xs text-muted-foreground">{label(`auditKind.${a.kind}`)}</div>
              {a.passiIssues.map((issue) => (
                <div key={issue.code} className="mt-1 text-sm font-medium text-destructive">
                  {passiIssueText(issue, label, locale)}
                </div>
              ))}
            </TableCell>
            <TableCell className="align-top whitespace-normal">
              {a.provider.name}
              <div className="text-xs text-muted-foreground">{label(`providerKind.${a.provider.kind}`)}</div>
            </TableCell>
            <TableCell className="align-top whitespace-normal">{a.systems.map((s) => s.name).join(", ")}</TableCell>
            <TableCell className="align-top whitespace-normal">
              {formatDay(a.startedOn, locale)}
              {a.endedOn ? ` – ${formatDay(a.endedOn, locale)}` : ""}
            </TableCell>
            <TableCell className="align-top">{label(`auditResult.${a.result}`)}</TableCell>
            <TableCell className="max-w-[14rem] align-top text-xs break-all whitespace-normal">
              {a.reportReference ? <div className="text-sm">{a.reportReference}</div> : null}
              {a.report ? (
                <>
                  <div>
                    <a
                      href={`/api/security/audits/${a.id}/report`}
                      download={a.report.fileName}
                      className="text-sm underline underline-offset-4"
                    >
                      {t("audits.download", { fileName: a.report.fileName })}
                    </a>
                  </div>
                  <div className="font-mono text-muted-foreground">{t("audits.sha256", { hash: a.report.sha256 })}</div>
                </>
              ) : (
                <span className="text-muted-foreground">{t("audits.noReport")}</span>
              )}
            </TableCell>
            <TableCell className="align-top">{a.findingCount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function ProvidersTable({ providers }: { providers: ProviderDTO[] }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  if (providers.length === 0) return <p className="text-sm text-muted-foreground">{t("providers.empty")}</p>;
  return (
    <Table>
      <caption className="sr-only">{t("providers.title")}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("providers.name")}</TableHead>
          <TableHead scope="col">{t("providers.kind")}</TableHead>
          <TableHead scope="col">{t("providers.scopes")}</TableHead>
          <TableHead scope="col">{t("providers.validity")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {providers.map((p) => (
          <TableRow key={p.id}>
            <TableCell className="font-medium">{p.name}</TableCell>
            <TableCell>{label(`providerKind.${p.kind}`)}</TableCell>
            <TableCell className="whitespace-normal">
              {p.passiScopes.map((s) => label(`auditKind.${s}`)).join(", ")}
            </TableCell>
            <TableCell className="whitespace-normal">
              {p.kind === "passi" && p.validFrom && p.validUntil ? (
                <>
                  {t("providers.validityRange", {
                    from: formatDay(p.validFrom, locale),
                    until: formatDay(p.validUntil, locale),
                  })}{" "}
                  <Badge variant={p.isValidToday ? "success" : "destructive"}>
                    {t(p.isValidToday ? "passi.valid" : "passi.invalid")}
                  </Badge>
                </>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
