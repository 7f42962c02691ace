"use client";

import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { useMessage } from "@/components/forms/use-message";
import { campaignChannels, consentChannels } from "@/lib/consent/schemas";

/**
 * Channels as a group of checkboxes bound to an array field: by default those a purpose collects
 * consent on; with `kind="campaign"`, those its marketing campaigns may use.
 */
export function ChannelsField<T extends FieldValues>({
  control,
  name,
  id,
  kind = "collection",
}: {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
  kind?: "collection" | "campaign";
}) {
  const options: readonly string[] = kind === "campaign" ? campaignChannels : consentChannels;
  const labels = kind === "campaign" ? "campaignChannels" : "channels";
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
      <legend className="text-sm font-medium">{t(`purposes.${labels}`)}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={value.includes(c)}
              onChange={(e) => field.onChange(e.target.checked ? [...value, c] : value.filter((v) => v !== c))}
              onBlur={field.onBlur}
            />
            {t(`${labels}.${c}`)}
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
