"use client";

import { ChevronDown } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/**
 * One audit entry as a table row, followed by a full-width row with its
 * details (rendered on the server, passed in as `details`), shown and hidden
 * by a disclosure button; the details are put in the page only when shown.
 */
export function AuditEntryRow({
  seq,
  columns,
  cells,
  details,
  toggleText,
  toggleLabel,
}: {
  seq: number;
  columns: number;
  cells: ReactNode;
  details: ReactNode;
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
          {/* Rendered once opened: fifty entries' JSON are not in the page's HTML, only in its payload. */}
          {isOpen ? details : null}
        </td>
      </tr>
    </>
  );
}
