"use client";

import type { ComponentProps, ReactNode } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useMessage } from "./use-message";

type InputProps = Omit<
  ComponentProps<typeof Input>,
  "id" | "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "ref"
>;

/** A labelled input bound to react-hook-form; its error (a message key) is translated next to it. */
export function TextField<T extends FieldValues>({
  control,
  name,
  id,
  label,
  description,
  errorFallback,
  ...inputProps
}: InputProps & {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Shown when the error is not a known key (zod's own wording). */
  errorFallback?: string;
}) {
  const message = useMessage();
  const {
    field: { ref, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = fieldState.error?.message ? message(fieldState.error.message, errorFallback) : undefined;
  return (
    <FormField id={id} label={label} error={error} description={description}>
      <Input
        {...inputProps}
        {...fieldA11yProps(id, error, description)}
        name={name}
        ref={ref}
        value={typeof value === "string" ? value : ""}
        onChange={onChange}
        onBlur={onBlur}
        disabled={disabled || inputProps.disabled}
      />
    </FormField>
  );
}
