import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DiffChange } from "@/lib/register/history/diff";
import type { VersionSummary } from "@/lib/register/dto";
import { DiffTable } from "./diff-table";
import { selectClass } from "@/components/forms/select-class";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/**
 * The timeline of versions (who, when, what kind of save) and a GET form comparing any two of
 * them; the diff is computed on the server and kept in the URL.
 */
export async function HistoryPanel({
  reference,
  versions,
  compared,
  diff,
}: {
  reference: string;
  versions: VersionSummary[];
  compared: { from: number; to: number };
  diff: DiffChange[] | null;
}) {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {t("register.detail.version", { version: v.version })}
    </option>
  ));
  return (
    <Card role="region" aria-labelledby="history-title">
      <CardHeader>
        <CardTitle>
          <h2 id="history-title" className="text-lg font-semibold">
            {t("register.detail.history")}
          </h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ol className="grid gap-2 text-sm">
          {versions.map((v) => (
            <li key={v.version} className="border-l-2 pl-3">
              <span className="font-medium">{t("register.detail.version", { version: v.version })}</span> —{" "}
              {t(`register.detail.changes.${v.change}`)} ·{" "}
              {t("register.detail.savedBy", {
                who: v.savedByLabel,
                when: formatDateTime(v.savedAt, locale),
              })}
            </li>
          ))}
        </ol>
        {versions.length > 1 ? (
          <form
            method="get"
            action={`/register/${reference}`}
            className="flex flex-wrap items-end gap-3"
            aria-label={t("register.detail.compare")}
          >
            <div className="grid gap-2">
              <label htmlFor="diff-from" className="text-sm font-medium">
                {t("register.detail.from")}
              </label>
              <select id="diff-from" name="from" defaultValue={compared.from} className={selectClass}>
                {options}
              </select>
            </div>
            <div className="grid gap-2">
              <label htmlFor="diff-to" className="text-sm font-medium">
                {t("register.detail.to")}
              </label>
              <select id="diff-to" name="to" defaultValue={compared.to} className={selectClass}>
                {options}
              </select>
            </div>
            <Button type="submit" variant="outline">
              {t("register.detail.compare")}
            </Button>
          </form>
        ) : null}
        {diff ? (
          <section aria-labelledby="diff-title" className="grid gap-2">
            <h3 id="diff-title" className="text-sm font-medium">
              {t("register.detail.diffTitle", compared)}
            </h3>
            <DiffTable changes={diff} caption={t("register.detail.diffTitle", compared)} />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
