import { useTranslations } from "next-intl";
import type { AuditEntryDTO } from "@/lib/audit/dto";
import { auditDetailsView, shortenHash } from "./format";

/**
 * Before / after / context of one entry as indented JSON side by side, the changed fields, and its hash.
 * Rendered in the browser once the row is opened (components/audit/audit-entry-row.tsx fetches the entry).
 */
export function AuditEntryDetails({ entry }: { entry: AuditEntryDTO }) {
  const t = useTranslations();
  const view = auditDetailsView(entry);
  return (
    // The panels' styles are in app/globals.css ([data-slot="audit-details"]).
    <div data-slot="audit-details">
      {view.changedFields.length > 0 ? (
        <p className="text-sm">{t("audit.table.changedFields", { fields: view.changedFields.join(", ") })}</p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-3">
        {view.panels.map(({ part, json }) => (
          <figure key={part}>
            <figcaption>{t(`audit.table.${part}`)}</figcaption>
            {json ? <pre>{json}</pre> : <p className="text-sm text-muted-foreground">{t("common.none")}</p>}
          </figure>
        ))}
      </div>
      <dl className="flex flex-wrap gap-x-2 text-xs">
        <dt className="font-medium text-muted-foreground">{t("audit.table.hash")}</dt>
        <dd>
          <code className="font-mono" title={entry.hash}>
            {shortenHash(entry.hash)}
          </code>
        </dd>
      </dl>
    </div>
  );
}
