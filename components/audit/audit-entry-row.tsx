"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { auditEntryQueryOptions } from "@/lib/audit/query-options";
import { cn } from "@/lib/utils";
import { AuditEntryDetails } from "./audit-entry-details";

/**
 * One audit entry as a table row, followed by a full-width row with its details, shown and hidden by a
 * disclosure button. The details (before / after / context JSON) are fetched when the row is first opened
 * (GET /api/audit/entries/<seq>), so a page of fifty entries does not carry fifty entries' JSON.
 */
export function AuditEntryRow({
  seq,
  columns,
  cells,
  toggleText,
  toggleLabel,
}: {
  seq: number;
  columns: number;
  cells: ReactNode;
  toggleText: string;
  toggleLabel: string;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const detailsId = `audit-entry-${seq}-details`;
  return (
    <>
      <TableRow data-state={isOpen ? "selected" : undefined} className={cn(isOpen && "border-b-0")}>
        {cells}
        <TableCell className="text-right">
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-expanded={isOpen}
            aria-controls={detailsId}
            aria-label={toggleLabel}
            onClick={() => setIsOpen((open) => !open)}
          >
            <ChevronDown aria-hidden className={cn("size-4 transition-transform", isOpen && "rotate-180")} />
            {toggleText}
          </Button>
        </TableCell>
      </TableRow>
      <tr id={detailsId} hidden={!isOpen} className="border-b bg-muted/40">
        <td colSpan={columns} className="p-4 align-top">
          {isOpen ? <EntryDetails seq={seq} /> : null}
        </td>
      </tr>
    </>
  );
}

function EntryDetails({ seq }: { seq: number }) {
  const t = useTranslations("audit.table");
  const entry = useQuery(auditEntryQueryOptions(seq));
  if (entry.data) return <AuditEntryDetails entry={entry.data} />;
  if (entry.isError)
    return (
      <p role="alert" className="text-sm text-destructive">
        {t("detailsFailed")}
      </p>
    );
  return (
    <p role="status" className="text-sm text-muted-foreground">
      {t("detailsLoading")}
    </p>
  );
}
