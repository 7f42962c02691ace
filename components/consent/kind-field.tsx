"use client";

import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { useMessage } from "@/components/forms/use-message";
import { consentPurposeKinds } from "@/lib/consent/schemas";

/** The kind of a new purpose (consent or objection): a radio group, each option with its hint. Creation only. */
export function KindField<T extends FieldValues>({
  control,
  name,
  id,
}: {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
}) {
  const t = useTranslations("consent.purposes");
  const message = useMessage();
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error?.message ? message(fieldState.error.message) : undefined;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{t("kind")}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t("kindHint")}
      </p>
      {consentPurposeKinds.map((kind) => (
        <div key={kind} className="flex items-start gap-2">
          <input
            type="radio"
            id={`${id}-${kind}`}
            name={field.name}
            value={kind}
            className="mt-0.5 size-4 accent-primary"
            checked={field.value === kind}
            onChange={() => field.onChange(kind)}
            onBlur={field.onBlur}
            ref={field.value === kind ? field.ref : undefined}
            aria-describedby={`${id}-${kind}-hint`}
          />
          <div className="grid gap-0.5">
            <label htmlFor={`${id}-${kind}`} className="text-sm font-medium">
              {t(`kinds.${kind}`)}
            </label>
            <p id={`${id}-${kind}-hint`} className="text-sm text-muted-foreground">
              {t(`kindHints.${kind}`)}
            </p>
          </div>
        </div>
      ))}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
