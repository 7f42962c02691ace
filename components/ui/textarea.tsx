import * as React from "react";

function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      // Base styles in app/globals.css ([data-slot="textarea"]): not repeated on every field of a form.
      className={className}
      {...props}
    />
  );
}

export { Textarea };
