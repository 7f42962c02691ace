"use client";

import { useTranslations } from "next-intl";
import type { Control, FieldValues, Path } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

/** The day an account's access ends (`<input type="date">`), required for auditors. */
export function ExpiryField<T extends FieldValues>({
  control,
  name,
  id,
  required,
}: {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
  required: boolean;
}) {
  const t = useTranslations();
  return (
    <TextField
      control={control}
      name={name}
      id={id}
      type="date"
      label={
        <>
          {t("users.fields.expiresAt")}
          {required ? <span className="font-normal text-muted-foreground">({t("users.fields.required")})</span> : null}
        </>
      }
      description={required ? t("users.fields.expiresAtAuditorHint") : t("users.fields.expiresAtHint")}
      errorFallback="users.errors.dateInvalid"
      aria-required={required || undefined}
      className="w-fit"
    />
  );
}
