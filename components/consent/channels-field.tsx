"use client";

import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { useMessage } from "@/components/forms/use-message";
import { consentChannels } from "@/lib/consent/schemas";

/** The channels a purpose allows: a group of checkboxes bound to an array field. */
export function ChannelsField<T extends FieldValues>({
  control,
  name,
  id,
}: {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
}) {
  const t = useTranslations("consent");
  const message = useMessage();
  const { field, fieldState } = useController({ control, name });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const error = fieldState.error
    ? message(
        fieldState.error.message ?? (fieldState.error as unknown as Record<string, { message?: string }>)["0"]?.message,
      )
    : undefined;
  return (
    <fieldset
      className="grid gap-2"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium">{t("purposes.channels")}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {consentChannels.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={value.includes(c)}
              onChange={(e) => field.onChange(e.target.checked ? [...value, c] : value.filter((v) => v !== c))}
              onBlur={field.onBlur}
            />
            {t(`channels.${c}`)}
          </label>
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
