"use client";

import type { ReactNode } from "react";
import { get, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useMessage } from "@/components/forms/use-message";

/** Form fields shared by the incident and security-programme forms, bound to the surrounding `<FormProvider>`; errors are message keys. */
function useFieldError(name: string): string | undefined {
  const message = useMessage();
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return error?.message ? message(error.message) : undefined;
}

type Base<T extends FieldValues> = {
  name: Path<T>;
  id: string;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
};

export function TextInputField<T extends FieldValues>({
  name,
  id,
  label,
  description,
  required,
  type = "text",
}: Base<T> & { type?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} error={error} description={description}>
      <Input
        type={type}
        {...register(name)}
        {...fieldA11yProps(id, error, description)}
        aria-required={required || undefined}
      />
    </FormField>
  );
}

export function TextAreaField<T extends FieldValues>({
  name,
  id,
  label,
  description,
  required,
  rows = 3,
}: Base<T> & { rows?: number }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} error={error} description={description}>
      <Textarea
        rows={rows}
        {...register(name)}
        {...fieldA11yProps(id, error, description)}
        aria-required={required || undefined}
      />
    </FormField>
  );
}

export function SelectField<T extends FieldValues>({
  name,
  id,
  label,
  description,
  required,
  options,
  numeric,
}: Base<T> & { options: { value: string; label: string }[]; numeric?: boolean }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} error={error} description={description}>
      <select
        className="h-9 rounded-md border border-input bg-background px-2 text-sm"
        {...register(name, numeric ? { valueAsNumber: true } : {})}
        {...fieldA11yProps(id, error, description)}
        aria-required={required || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function CheckboxField<T extends FieldValues>({ name, id, label, description }: Base<T>) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <div className="grid gap-1">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 size-4"
          {...register(name)}
          {...fieldA11yProps(id, error, description)}
        />
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
      </div>
      {description ? (
        <p id={`${id}-description`} className="ml-6 text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ml-6 text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function CheckboxGroupField<T extends FieldValues>({
  name,
  id,
  label,
  options,
  columns = 1,
}: Base<T> & { options: { value: string; label: string }[]; columns?: number }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <div className={columns > 1 ? "grid gap-1 sm:grid-cols-2 lg:grid-cols-3" : "grid gap-1"}>
        {options.map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input type="checkbox" id={`${id}-${o.value}`} value={o.value} className="size-4" {...register(name)} />
            <label htmlFor={`${id}-${o.value}`} className="text-sm">
              {o.label}
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
