"use client";

import type { LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/**
 * A compact icon button for a table row: its accessible name says what and on
 * whom ("Modifier le compte de Claire Martin"), its tooltip shows the verb on
 * hover and keyboard focus. Use it as the child of a dialog trigger.
 */
export function RowActionButton({
  label,
  tooltip,
  icon: Icon,
  ...props
}: ComponentProps<typeof Button> & { label: string; tooltip: string; icon: LucideIcon }) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button type="button" variant="ghost" size="icon" aria-label={label} {...props}>
          <Icon aria-hidden />
        </Button>
      </TooltipTrigger>
      <TooltipContent>{tooltip}</TooltipContent>
    </Tooltip>
  );
}
