"use client";

import type { ReactNode } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useMessage } from "@/components/forms/use-message";

/** A labelled input or textarea registered with react-hook-form; its error (a message key) is translated beside it. */
export function RegisteredField({
  id,
  label,
  description,
  error,
  registration,
  multiline,
  type = "text",
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: FieldError;
  registration: UseFormRegisterReturn;
  multiline?: boolean;
  type?: string;
}) {
  const message = useMessage();
  const text = error?.message ? message(error.message) : undefined;
  const a11y = fieldA11yProps(id, text, description);
  return (
    <FormField id={id} label={label} error={text} description={description}>
      {multiline ? (
        <Textarea {...registration} {...a11y} rows={4} />
      ) : (
        <Input {...registration} {...a11y} type={type} autoComplete="off" />
      )}
    </FormField>
  );
}
