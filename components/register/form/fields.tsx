"use client";

import type { ReactNode } from "react";
import { get, useController, useFormContext, useFormState } from "react-hook-form";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useMessage } from "@/components/forms/use-message";
import { selectClass } from "@/components/forms/select-class";

/**
 * Form controls bound by path to the entry form (react-hook-form context). Each shows its error
 * (a message key from the shared zod schema or the server) translated next to it.
 */
export const fieldId = (name: string) => `entry-${name.replace(/\./g, "-")}`;

/** The first error message at `name` or below it (lists report errors on their items). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const record = error as Record<string, unknown>;
  if (typeof record.message === "string" && record.message) return record.message;
  for (const value of Object.values(record)) {
    if (value && typeof value === "object" && value !== record.ref) {
      const nested = firstMessage(value);
      if (nested) return nested;
    }
  }
  return undefined;
}

export function useFieldError(name: string, deep = false): string | undefined {
  const { errors } = useFormState({ name });
  const message = useMessage();
  const error = get(errors, name) as { message?: string } | undefined;
  const key = deep ? firstMessage(error) : error?.message;
  return key ? message(key) : undefined;
}

interface BaseProps {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
}

export function TextInput({
  name,
  label,
  description,
  className,
  type = "text",
  required,
}: BaseProps & { type?: "text" | "date" | "email"; required?: boolean }) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FormField id={id} label={label} error={error} description={description} className={className}>
      <Input
        {...fieldA11yProps(id, error, description)}
        aria-required={required || undefined}
        type={type}
        name={name}
        ref={ref}
        value={(value as string | null) ?? ""}
        onChange={(e) => onChange(type === "date" && e.target.value === "" ? null : e.target.value)}
        onBlur={onBlur}
      />
    </FormField>
  );
}

export function TextArea({ name, label, description, className }: BaseProps) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FormField id={id} label={label} error={error} description={description} className={className}>
      <Textarea
        {...fieldA11yProps(id, error, description)}
        name={name}
        ref={ref}
        value={(value as string) ?? ""}
        onChange={onChange}
        onBlur={onBlur}
        rows={3}
      />
    </FormField>
  );
}

export function NumberInput({ name, label, className }: BaseProps) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FormField id={id} label={label} error={error} className={className}>
      <Input
        {...fieldA11yProps(id, error)}
        type="number"
        min={0}
        inputMode="numeric"
        name={name}
        ref={ref}
        value={Number.isFinite(value) ? String(value) : ""}
        onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
        onBlur={onBlur}
      />
    </FormField>
  );
}

/** A native select; `nullable` adds an empty choice that stores null. */
export function SelectInput({
  name,
  label,
  description,
  className,
  options,
  nullable,
  emptyLabel,
}: BaseProps & { options: { value: string; label: string }[]; nullable?: boolean; emptyLabel?: string }) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FormField id={id} label={label} error={error} description={description} className={className}>
      <select
        {...fieldA11yProps(id, error, description)}
        name={name}
        ref={ref}
        value={(value as string | null) ?? ""}
        onChange={(e) => onChange(nullable && e.target.value === "" ? null : e.target.value)}
        onBlur={onBlur}
        className={selectClass}
      >
        {nullable ? <option value="">{emptyLabel ?? "—"}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function CheckboxInput({ name, label, description }: BaseProps) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const id = fieldId(name);
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 accent-primary"
        checked={Boolean(value)}
        onChange={(e) => onChange(e.target.checked)}
        onBlur={onBlur}
        ref={ref}
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <div className="grid gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A list of short texts, one per line. */
export function LinesInput({ name, label, description, className }: BaseProps) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name });
  const error = useFieldError(name, true);
  const id = fieldId(name);
  const text = ((value as string[] | undefined) ?? []).join("\n");
  return (
    <FormField id={id} label={label} error={error} description={description} className={className}>
      <Textarea
        {...fieldA11yProps(id, error, description)}
        name={name}
        ref={ref}
        defaultValue={text}
        onChange={(e) =>
          onChange(
            e.target.value
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean),
          )
        }
        onBlur={onBlur}
        rows={3}
      />
    </FormField>
  );
}

/** A set of keys as a group of checkboxes, each with an optional explanation. */
export function CheckboxGroup({
  name,
  legend,
  options,
}: {
  name: string;
  legend: ReactNode;
  options: { value: string; label: string; description?: string }[];
}) {
  const { setValue, watch } = useFormContext();
  const selected = (watch(name) as string[] | undefined) ?? [];
  const error = useFieldError(name, true);
  const id = fieldId(name);
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 md:grid-cols-2">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input
                id={optionId}
                type="checkbox"
                className="mt-0.5 size-4 accent-primary"
                checked={selected.includes(option.value)}
                onChange={(e) =>
                  setValue(
                    name,
                    e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value),
                    { shouldDirty: true, shouldValidate: false },
                  )
                }
                aria-describedby={option.description ? `${optionId}-description` : undefined}
              />
              <div className="grid gap-0.5">
                <label htmlFor={optionId} className="text-sm">
                  {option.label}
                </label>
                {option.description ? (
                  <p id={`${optionId}-description`} className="text-xs text-muted-foreground">
                    {option.description}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A titled section of the form. */
export function FormSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="grid gap-4 rounded-xl border bg-card p-4">
      <h2 id={`section-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
