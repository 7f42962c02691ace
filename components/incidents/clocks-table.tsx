"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ClockDTO } from "@/lib/incidents/clocks/dto";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { cn } from "@/lib/utils";
import { Countdown } from "./countdown";

const STATUS_TONE: Record<ClockDTO["status"], string> = {
  pending: "border-sky-600 text-sky-950",
  overdue: "border-red-600 bg-red-50 text-red-950",
  met: "border-emerald-600 bg-emerald-50 text-emerald-950",
  late: "border-orange-600 bg-orange-50 text-orange-950",
  "not-applicable": "border-slate-300 text-slate-700",
};

const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** Every obligation: start event, due time (Paris and UTC), status, time left or overdue, and why. */
export function ClocksTable({ clocks }: { clocks: ClockDTO[] }) {
  const t = useTranslations("incidents");
  const fromDetection = clocks.some((c) => c.isStartFromDetection);
  return (
    <div className="grid gap-3">
      {fromDetection ? (
        <p
          role="note"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
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
                    {t(`authorities.${clock.authority}`)} · {clock.legalReference}
                  </div>
                ) : null}
              </TableCell>
              <TableCell className="text-sm whitespace-normal">
                <div>{t(`startEvents.${clock.startEvent}`)}</div>
                {clock.startAt ? (
                  <div className="text-muted-foreground">{formatLocal(new Date(clock.startAt))}</div>
                ) : null}
              </TableCell>
              <TableCell className="text-sm">
                {clock.dueAt ? (
                  <>
                    <div>
                      {formatLocal(new Date(clock.dueAt))}{" "}
                      <span className="text-muted-foreground">{t("detail.paris")}</span>
                    </div>
                    <div className="text-muted-foreground">{utc(clock.dueAt)}</div>
                    {clock.dueKind === "internal_target" ? (
                      <div className="text-xs text-muted-foreground">{t("detail.internalTarget")}</div>
                    ) : null}
                    {clock.alternativeDueAt ? (
                      <div className="text-xs text-muted-foreground">
                        {t("detail.alternativeDue", { at: formatLocal(new Date(clock.alternativeDueAt)) })}
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
                {clock.sentAt ? <div>{t("detail.sentAt", { at: formatLocal(new Date(clock.sentAt)) })}</div> : null}
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
