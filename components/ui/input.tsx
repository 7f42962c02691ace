import * as React from "react";

function Input({ className, type, ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      // Base styles in app/globals.css ([data-slot="input"]): not repeated on every field of a form.
      className={className}
      {...props}
    />
  );
}

export { Input };
