"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ActionAlert } from "@/components/forms/action-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { updateReleaseSettingsAction } from "@/lib/releases/actions";
import { MAX_RELEASE_THRESHOLD, MIN_RELEASE_THRESHOLD, releaseSettingsSchema } from "@/lib/releases/schemas";

type Values = { threshold: string };

/** The DPO's default threshold k of the next reviews (past reviews keep their own). */
export function ThresholdForm({ threshold }: { threshold: number }) {
  const t = useTranslations("releases.settings");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof releaseSettingsSchema>({
    schema: releaseSettingsSchema,
    defaultValues: { threshold: String(threshold) },
    action: updateReleaseSettingsAction,
    fields: ["threshold"],
    success: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-3" aria-label={t("title")}>
      <ActionAlert messageKey={formError} />
      <TextField<Values>
        control={form.control}
        name="threshold"
        id={`${id}-threshold`}
        label={t("threshold")}
        description={t("thresholdHelp")}
        type="number"
        inputMode="numeric"
        min={MIN_RELEASE_THRESHOLD}
        max={MAX_RELEASE_THRESHOLD}
        step={1}
        required
      />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
