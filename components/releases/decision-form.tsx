"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ActionAlert } from "@/components/forms/action-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { decideReleaseAction } from "@/lib/releases/actions";
import { decideReleaseSchema } from "@/lib/releases/schemas";

type Values = { reference: string; version: number; decision: "approved" | "rejected"; rationale: string };

/** The DPO's decision on a pending release: approve or reject, always with a rationale. */
export function DecisionForm({ reference, version }: { reference: string; version: number }) {
  const t = useTranslations("releases.decision");
  const message = useMessage();
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof decideReleaseSchema>({
    schema: decideReleaseSchema,
    defaultValues: { reference, version, decision: "approved", rationale: "" },
    action: decideReleaseAction,
    fields: ["decision", "rationale"],
    success: t("saved"),
  });
  const rationaleError = form.formState.errors.rationale?.message;
  const error = rationaleError ? message(rationaleError) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
      <ActionAlert messageKey={formError} />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("decision")}</legend>
        {(["approved", "rejected"] as const).map((value) => (
          <div key={value} className="flex items-center gap-2">
            <input id={`${id}-${value}`} type="radio" value={value} className="size-4" {...form.register("decision")} />
            <label htmlFor={`${id}-${value}`} className="text-sm">
              {t(value === "approved" ? "approve" : "reject")}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField id={`${id}-rationale`} label={t("rationale")} error={error} description={t("rationaleHelp")}>
        <Textarea {...fieldA11yProps(`${id}-rationale`, error, true)} rows={4} {...form.register("rationale")} />
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
