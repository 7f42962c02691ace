"use client";

import * as React from "react";
import { Label as LabelPrimitive } from "radix-ui";

function Label({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      data-slot="label"
      // Base styles in app/globals.css ([data-slot="label"]): not repeated on every field of a form.
      className={className}
      {...props}
    />
  );
}

export { Label };
