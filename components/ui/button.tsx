import * as React from "react";
import { Slot } from "radix-ui";

export type ButtonVariant = "default" | "destructive" | "outline" | "secondary" | "ghost" | "link";
export type ButtonSize = "default" | "sm" | "lg" | "icon";
export interface ButtonVariantProps {
  variant?: ButtonVariant | null;
  size?: ButtonSize | null;
}

/**
 * A button. Its base, variant and size styles live in app/globals.css, keyed by data-slot, data-variant
 * and data-size (the same rules style the alert dialog's buttons), so a page of fifty buttons does not
 * repeat a 500-character class string fifty times in its HTML and again in its RSC payload (issue 16);
 * a className still wins over them (utilities come after components).
 */
function Button({
  className,
  variant = "default",
  size = "default",
  asChild = false,
  ...props
}: React.ComponentProps<"button"> &
  ButtonVariantProps & {
    asChild?: boolean;
  }) {
  const Comp = asChild ? Slot.Root : "button";

  return (
    <Comp
      data-slot="button"
      data-variant={variant ?? "default"}
      data-size={size ?? "default"}
      className={className}
      {...props}
    />
  );
}

export { Button };
