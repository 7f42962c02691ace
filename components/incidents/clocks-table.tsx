"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ClockDTO } from "@/lib/incidents/clocks/dto";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { toLocale, type Locale } from "@/lib/i18n/locale";
import { clockChangeBetween } from "@/lib/time/clock-change";
import { cn } from "@/lib/utils";
import { Countdown } from "./countdown";

const STATUS_TONE: Record<ClockDTO["status"], string> = {
  pending: "border-sky-600 text-sky-950 dark:border-sky-400 dark:text-sky-100",
  overdue: "border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-100",
  met: "border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100",
  late: "border-orange-600 bg-orange-50 text-orange-950 dark:border-orange-500 dark:bg-orange-950 dark:text-orange-100",
  "not-applicable": "border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300",
};

// The same format as the Paris line, so one date format reads across the page.
const utc = (iso: string, locale: Locale) => `${formatLocal(iso, locale, "UTC")} UTC`;

/** Every obligation: start event, due time (Paris and UTC), status, time left or overdue, and why. */
export function ClocksTable({ clocks }: { clocks: ClockDTO[] }) {
  const t = useTranslations("incidents");
  const locale = toLocale(useLocale());
  const fromDetection = clocks.some((c) => c.isStartFromDetection);
  return (
    <div className="grid gap-3">
      {fromDetection ? (
        <p
          role="note"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
          data-testid="from-detection"
        >
          {t("clocks.start_from_detection")}
        </p>
      ) : null}
      <Table aria-label={t("detail.clocks")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("clockColumns.obligation")}</TableHead>
            <TableHead>{t("clockColumns.start")}</TableHead>
            <TableHead>{t("clockColumns.due")}</TableHead>
            <TableHead>{t("clockColumns.status")}</TableHead>
            <TableHead>{t("clockColumns.left")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {clocks.map((clock) => (
            <TableRow key={clock.id} data-testid={`clock-${clock.id}`} data-status={clock.status}>
              <TableCell className="whitespace-normal">
                <div className="font-medium">{t(`obligations.${clock.id}`)}</div>
                {clock.authority ? (
                  <div className="text-xs text-muted-foreground">
                    {t(`authorities.${clock.authority}`)} ·{" "}
                    {clock.legalReference ? legalReferenceIn(clock.legalReference, locale) : ""}
                  </div>
                ) : null}
              </TableCell>
              <TableCell className="text-sm whitespace-normal">
                <div>{t(`startEvents.${clock.startEvent}`)}</div>
                {clock.startAt ? (
                  <div className="text-muted-foreground">{formatLocal(clock.startAt, locale)}</div>
                ) : null}
              </TableCell>
              <TableCell className="text-sm whitespace-normal">
                {clock.dueAt ? (
                  <>
                    <div className="whitespace-nowrap">
                      {formatLocal(clock.dueAt, locale)}{" "}
                      <span className="text-muted-foreground">{t("detail.paris")}</span>
                    </div>
                    <div className="whitespace-nowrap text-muted-foreground">{utc(clock.dueAt, locale)}</div>
                    <ClockChangeHint startAt={clock.startAt} dueAt={clock.dueAt} />
                    {clock.dueKind === "internal_target" ? (
                      <div className="text-xs text-muted-foreground">{t("detail.internalTarget")}</div>
                    ) : null}
                    {clock.alternativeDueAt ? (
                      <div className="text-xs text-muted-foreground">
                        {t("detail.alternativeDue", { at: formatLocal(clock.alternativeDueAt, locale) })}
                      </div>
                    ) : null}
                  </>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell className="whitespace-normal">
                <Badge variant="outline" className={cn(STATUS_TONE[clock.status])}>
                  {t(`status.${clock.status}`)}
                </Badge>
                {clock.messageKeys
                  .filter(
                    (key) =>
                      key !== "incidents.clocks.start_from_detection" && key !== "incidents.clocks.internal_target",
                  )
                  .map((key) => (
                    <p key={key} className="mt-1 max-w-72 text-xs text-muted-foreground">
                      {t(key.replace(/^incidents\./, ""))}
                    </p>
                  ))}
              </TableCell>
              <TableCell className="text-sm whitespace-normal">
                {(clock.status === "pending" || clock.status === "overdue") && clock.dueAt ? (
                  <Countdown dueAt={clock.dueAt} />
                ) : null}
                {clock.sentAt ? <div>{t("detail.sentAt", { at: formatLocal(clock.sentAt, locale) })}</div> : null}
                {clock.delayReason ? (
                  <div className="text-xs text-muted-foreground">
                    {t("detail.delayReason", { reason: clock.delayReason })}
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

const HOUR_MS = 3_600_000;

/**
 * A period counted in hours is absolute time: when the clocks change between its start and its
 * end, the deadline reads one hour off start + N on the wall clock. Say so, instead of letting
 * "72 h" look like a bug.
 */
function ClockChangeHint({ startAt, dueAt }: { startAt: string | null; dueAt: string }) {
  const t = useTranslations("incidents.detail");
  if (!startAt) return null;
  const start = new Date(startAt);
  const due = new Date(dueAt);
  const elapsed = due.getTime() - start.getTime();
  if (elapsed <= 0 || elapsed % HOUR_MS !== 0) return null;
  const change = clockChangeBetween(start, due, "Europe/Paris");
  if (!change) return null;
  return (
    <p className="mt-1 max-w-72 text-xs text-muted-foreground" data-testid="clock-change-hint">
      {t(change.shiftMinutes < 0 ? "clockChangeEarlier" : "clockChangeLater", { hours: elapsed / HOUR_MS })}
    </p>
  );
}
