"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SubscriberHistoryDTO } from "@/lib/consent/lookup";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/** Every stored event of the subscriber, one table per purpose, oldest first: the proof. */
export function ProofHistory({ history }: { history: SubscriberHistoryDTO }) {
  const t = useTranslations("consent");
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(iso, toLocale(locale), { seconds: true });
  return (
    <div className="grid gap-6">
      {history.purposes.map((p) => {
        const events = history.events.filter((e) => e.purposeKey === p.key);
        const caption = t("lookup.historyTitle", { purpose: locale === "en" ? p.labelEn : p.labelFr });
        return (
          <div
            key={p.key}
            role="region"
            aria-label={caption}
            tabIndex={0}
            className="overflow-x-auto rounded-md border outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <table className="w-full text-sm">
              <caption className="px-2 py-2 text-left font-medium">{caption}</caption>
              <thead className="bg-muted">
                <tr>
                  {(
                    [
                      "occurredAt",
                      "action",
                      "channel",
                      "textVersion",
                      "eventId",
                      "source",
                      "proof",
                      "receivedAt",
                    ] as const
                  ).map((column) => (
                    <th key={column} scope="col" className="px-2 py-1 text-left">
                      {t(`lookup.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.eventId} className="border-t align-top">
                    <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                      {when(e.occurredAt)}
                    </th>
                    <td className="px-2 py-1">{t(`lookup.kinds.${e.kind}`)}</td>
                    <td className="px-2 py-1">{t(`channels.${e.channel}`)}</td>
                    <td className="min-w-48 px-2 py-1">
                      <span className="font-medium">{e.textVersion}</span>
                      {e.text ? <q className="block text-muted-foreground">{e.text}</q> : null}
                    </td>
                    <td className="px-2 py-1 text-xs break-all">
                      <code className="font-mono">{e.eventId}</code>
                    </td>
                    {/* The sender's own values, verbatim as recorded (proof is never translated). */}
                    <td className="px-2 py-1">
                      {e.source ? <code className="font-mono text-xs">{e.source}</code> : "—"}
                    </td>
                    <td className="px-2 py-1">
                      {e.proofFields.length === 0 ? (
                        "—"
                      ) : (
                        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs" data-testid="proof-fields">
                          {e.proofFields.map((f) => (
                            <div key={f.field} className="contents">
                              <dt className="text-muted-foreground">{f.field}</dt>
                              <dd className="break-all">
                                <code className="font-mono">{f.value}</code>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                    <td className="px-2 py-1 whitespace-nowrap">{when(e.receivedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
