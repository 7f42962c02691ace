import { useLocale, useTranslations } from "next-intl";
import { describeField, describeValue, fieldOf, type Translate } from "@/lib/register/history/describe";
import { DIFF_KIND_MESSAGE_KEYS, type DiffChange } from "@/lib/register/history/diff";

/**
 * Field-by-field differences between two versions of an entry. Shared, not a client component: an entry's
 * history renders it on the server (so the entry's page does not send the form's and catalogues' messages
 * it names), the edit form's conflict panel in the browser.
 */
export function DiffTable({ changes, caption }: { changes: readonly DiffChange[]; caption: string }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "fr";
  const translate = t as unknown as Translate;
  const show = (change: DiffChange, value: unknown) =>
    describeValue(value, fieldOf(change.segments), translate, locale);
  if (changes.length === 0) return <p className="text-sm text-muted-foreground">{t("register.detail.noChange")}</p>;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="w-full overflow-x-auto rounded-md border">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              {t("register.detail.field")}
            </th>
            <th scope="col" className="p-2">
              {t("register.detail.change")}
            </th>
            <th scope="col" className="p-2">
              {t("register.detail.before")}
            </th>
            <th scope="col" className="p-2">
              {t("register.detail.after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={`${change.path}-${change.kind}`} className="border-b align-top last:border-0">
              <th scope="row" className="p-2 text-left font-normal">
                {describeField(change.segments, translate, (key) => t.has(key))}
              </th>
              <td className="p-2">{t(DIFF_KIND_MESSAGE_KEYS[change.kind])}</td>
              <td className="max-w-md p-2 break-words">{show(change, change.before)}</td>
              <td className="max-w-md p-2 break-words">{show(change, change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
