import { getTranslations } from "next-intl/server";
import type { AuditEntryDTO } from "@/lib/audit/dto";
import { auditDetailsView, shortenHash } from "./format";

/** Before / after / context of one entry as indented JSON side by side, the changed fields, and its hash. */
export async function AuditEntryDetails({ entry }: { entry: AuditEntryDTO }) {
  const t = await getTranslations();
  const view = auditDetailsView(entry);
  return (
    <div className="grid max-w-[100rem] gap-3 whitespace-normal">
      {view.changedFields.length > 0 ? (
        <p className="text-sm">{t("audit.table.changedFields", { fields: view.changedFields.join(", ") })}</p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-3">
        {view.panels.map(({ part, json }) => (
          <figure key={part} className="grid min-w-0 content-start gap-1">
            <figcaption className="text-xs font-medium text-muted-foreground">{t(`audit.table.${part}`)}</figcaption>
            {json ? (
              <pre className="rounded-md border bg-background p-3 font-mono text-xs wrap-anywhere whitespace-pre-wrap">
                {json}
              </pre>
            ) : (
              <p className="text-sm text-muted-foreground">{t("common.none")}</p>
            )}
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
