import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SystemDTO } from "@/lib/security-programme/dto";
import { CoverageBadge, CoverageReasons } from "./badges";
import { auditDueText, sensitivityText } from "./describe";
import { labelOf } from "./labels";

/** The systems inventory: exposure, data held (from the register), coverage with its reasons, audit due state. */
export async function SystemsTable({ systems }: { systems: SystemDTO[] }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  if (systems.length === 0) return <p className="text-sm text-muted-foreground">{t("systems.empty")}</p>;
  return (
    <Table>
      <caption className="sr-only">{t("systems.title")}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("systems.name")}</TableHead>
          <TableHead scope="col">{t("systems.exposure")}</TableHead>
          <TableHead scope="col">{t("systems.data")}</TableHead>
          <TableHead scope="col">{t("systems.coverage")}</TableHead>
          <TableHead scope="col">{t("systems.audit")}</TableHead>
          <TableHead scope="col">{t("systems.openFindings")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {systems.map((system) => (
          <TableRow key={system.id}>
            <TableCell className="align-top">
              <Link href={`/security/systems/${system.id}`} className="font-medium underline-offset-4 hover:underline">
                {system.name}
              </Link>
              <div className="text-xs text-muted-foreground">
                {system.owner} · {label(`criticality.${system.criticality}`)}
              </div>
            </TableCell>
            <TableCell className="align-top">{label(`exposure.${system.exposure}`)}</TableCell>
            <TableCell className="align-top">{sensitivityText(system.sensitivity, label)}</TableCell>
            <TableCell className="max-w-sm align-top whitespace-normal">
              <CoverageBadge level={system.coverage.level} label={label} />
              <CoverageReasons reasons={system.coverage.reasons} label={label} locale={locale} />
            </TableCell>
            <TableCell className="align-top whitespace-normal">
              {auditDueText(system.auditDue, label, locale)}
            </TableCell>
            <TableCell className="align-top">{system.openFindings}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
