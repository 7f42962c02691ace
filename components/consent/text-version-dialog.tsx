"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FilePlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { addTextVersionAction } from "@/lib/consent/actions";
import { addTextVersionSchema, type AddTextVersionInput } from "@/lib/consent/schemas";
import { RegisteredField } from "./registered-field";

/** A new wording of a purpose's consent text, effective from a date. */
export function TextVersionDialog({ purposeId, purposeKey }: { purposeId: string; purposeKey: string }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const defaults = { purposeId, version: "", effectiveFrom: "", text: "" };
  const form = useForm<AddTextVersionInput, unknown, z.output<typeof addTextVersionSchema>>({
    resolver: zodResolver(addTextVersionSchema),
    defaultValues: defaults,
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, [
    "version",
    "effectiveFrom",
    "text",
  ]);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = await addTextVersionAction(values);
    if (!result.ok) return showFailure(result);
    toast.success(t("consent.purposes.versionAdded"));
    setOpen(false);
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(defaults);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`${t("consent.purposes.addVersion")} (${purposeKey})`}>
          <FilePlus aria-hidden />
          {t("consent.purposes.addVersion")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} className="max-h-[calc(100dvh-2rem)] overflow-y-auto">
        <FormDialog
          onSubmit={onSubmit}
          title={t("consent.purposes.addVersionTitle", { key: purposeKey })}
          description={t("consent.purposes.formDescription")}
          formError={formError}
          submitting={form.formState.isSubmitting}
        >
          <RegisteredField
            id={`${id}-version`}
            label={t("consent.purposes.version")}
            error={errors.version}
            registration={form.register("version")}
          />
          <RegisteredField
            id={`${id}-from`}
            label={t("consent.purposes.textEffectiveFrom")}
            error={errors.effectiveFrom}
            registration={form.register("effectiveFrom")}
            type="date"
          />
          <RegisteredField
            id={`${id}-text`}
            label={t("consent.purposes.text")}
            error={errors.text}
            registration={form.register("text")}
            multiline
          />
        </FormDialog>
      </DialogContent>
    </Dialog>
  );
}
