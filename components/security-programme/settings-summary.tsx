import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SecurityProgrammeSettings } from "@/lib/security-programme/settings";
import { CRITICALITIES } from "@/lib/security-programme/vocabulary";
import { labelOf } from "./labels";

/** The periods in force, read only (the auditor's view of the settings). */
export async function SettingsSummary({ settings }: { settings: SecurityProgrammeSettings }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  return (
    <Table className="max-w-3xl">
      <caption className="sr-only">{t("settings.title")}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("settings.level")}</TableHead>
          <TableHead scope="col">{t("settings.auditInterval")}</TableHead>
          <TableHead scope="col">{t("settings.findingDue")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {CRITICALITIES.map((level) => (
          <TableRow key={level}>
            <TableHead scope="row">{label(`criticality.${level}`)}</TableHead>
            <TableCell>{t("settings.years", { count: settings.auditIntervalYears[level] })}</TableCell>
            <TableCell>{t("settings.days", { count: settings.findingDueDays[level] })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
