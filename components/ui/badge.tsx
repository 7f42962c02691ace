import * as React from "react";
import { Slot } from "radix-ui";

/** The variants a badge takes; their styles are in app/globals.css ([data-slot="badge"][data-variant=…]). */
export type BadgeVariant = "default" | "secondary" | "destructive" | "outline" | "success" | "warning";

/**
 * A badge. Its base and variant styles live in app/globals.css, keyed by data-slot and data-variant, so
 * a list of fifty badges does not repeat the same class strings fifty times (issue 16); a className
 * still wins over them.
 */
function Badge({
  className,
  variant,
  asChild = false,
  ...props
}: React.ComponentProps<"span"> & { variant?: BadgeVariant | null; asChild?: boolean }) {
  const Comp = asChild ? Slot.Root : "span";

  return <Comp data-slot="badge" data-variant={variant ?? "default"} className={className} {...props} />;
}

export { Badge };
