import * as React from "react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/** Id of the `<Label>` (use with `aria-labelledby` for groups such as RadioGroup). */
export const fieldLabelId = (id: string) => `${id}-label`;
/** Id of the optional description paragraph. */
export const fieldDescriptionId = (id: string) => `${id}-description`;
/** Id of the error message paragraph. */
export const fieldErrorId = (id: string) => `${id}-error`;

type FieldError = React.ReactNode | null | undefined;

/**
 * Accessibility props to spread on the control rendered inside `<FormField>`.
 * Pass `description` (or `true`) when the field shows a description so it is
 * referenced too; the error id is only referenced while there is an error.
 */
export function fieldA11yProps(
  id: string,
  error?: FieldError,
  description?: React.ReactNode | boolean,
): { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined } {
  const hasError = Boolean(error);
  const ids = [description ? fieldDescriptionId(id) : null, hasError ? fieldErrorId(id) : null].filter(Boolean);
  return {
    id,
    "aria-invalid": hasError ? true : undefined,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
  };
}

export type FormFieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  /** Id of the control; the label's `htmlFor` points to it. */
  id: string;
  label: React.ReactNode;
  /** Error message; rendered as plain text (no `role="alert"`) with id `${id}-error`. */
  error?: FieldError;
  /** Help text rendered below the control with id `${id}-description`. */
  description?: React.ReactNode;
  /** The control, typically spread with `fieldA11yProps(id, error, description)`. */
  children: React.ReactNode;
};

export function FormField({ id, label, error, description, className, children, ...props }: FormFieldProps) {
  const hasError = Boolean(error);
  return (
    <div data-slot="form-field" data-invalid={hasError || undefined} className={cn("grid gap-2", className)} {...props}>
      <Label id={fieldLabelId(id)} htmlFor={id} data-error={hasError} className="data-[error=true]:text-destructive">
        {label}
      </Label>
      {children}
      {description ? (
        <p id={fieldDescriptionId(id)} data-slot="form-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={fieldErrorId(id)} data-slot="form-message" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
