"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { RegisterEntryPicker } from "@/components/register/register-entry-picker";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { createPurposeAction, updatePurposeAction } from "@/lib/consent/actions";
import { requiredLegalBasis } from "@/lib/consent/purposes/kinds";
import type { PurposeDTO } from "@/lib/consent/dto";
import { createPurposeSchema, updatePurposeSchema } from "@/lib/consent/schemas";
import { ChannelsField } from "./channels-field";
import { KindField } from "./kind-field";
import { RegisteredField } from "./registered-field";

type Values = Record<string, unknown> & { channels: string[]; campaignChannels: string[] };
const fields = [
  "key",
  "kind",
  "labelFr",
  "labelEn",
  "description",
  "registerRefs",
  "channels",
  "campaignChannels",
  "textVersion",
  "textEffectiveFrom",
  "text",
] as const;

/**
 * Create a purpose (with its kind and first text version) or edit one (with its version, so a
 * concurrent edit is refused). The kind is chosen at creation only; an edit shows it read-only.
 */
export function PurposeDialog({ purpose }: { purpose?: PurposeDTO }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const defaults: Values = purpose
    ? {
        id: purpose.id,
        version: purpose.version,
        labelFr: purpose.labelFr,
        labelEn: purpose.labelEn,
        description: purpose.description,
        registerRefs: purpose.registerRefs,
        channels: purpose.channels,
        campaignChannels: purpose.campaignChannels,
      }
    : {
        key: "",
        kind: "consent",
        labelFr: "",
        labelEn: "",
        description: "",
        registerRefs: [],
        channels: [],
        campaignChannels: [],
        textVersion: "v1",
        textEffectiveFrom: "",
        text: "",
      };
  const form = useForm<Values>({
    resolver: zodResolver(purpose ? updatePurposeSchema : createPurposeSchema) as unknown as Resolver<Values>,
    defaultValues: defaults,
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, fields);
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const chosenKind = useWatch({ control: form.control, name: "kind" }) as PurposeDTO["kind"] | undefined;
  const kind = purpose?.kind ?? chosenKind ?? "consent";

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = purpose ? await updatePurposeAction(values) : await createPurposeAction(values);
    if (!result.ok) return showFailure(result);
    toast.success(t("consent.purposes.saved"));
    setOpen(false);
    router.refresh();
  });

  const field = (
    name: string,
    label: string,
    extra: { description?: string; multiline?: boolean; type?: string } = {},
  ) => (
    <RegisteredField
      id={`${id}-${name}`}
      label={label}
      error={errors[name] as never}
      registration={form.register(name)}
      {...extra}
    />
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(defaults);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        {purpose ? (
          <Button variant="outline" size="sm" aria-label={`${t("consent.purposes.edit")} ${purpose.key}`}>
            <Pencil aria-hidden />
            {t("consent.purposes.edit")}
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {t("consent.purposes.create")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl">
        <FormProvider {...form}>
          <FormDialog
            onSubmit={onSubmit}
            title={purpose ? t("consent.purposes.editTitle", { key: purpose.key }) : t("consent.purposes.createTitle")}
            description={t("consent.purposes.formDescription")}
            formError={formError}
            submitting={form.formState.isSubmitting}
          >
            {purpose ? null : field("key", t("consent.purposes.key"))}
            {purpose ? (
              <div className="grid gap-1">
                <p className="text-sm font-medium">{t("consent.purposes.kind")}</p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  <Badge variant="outline">{t(`consent.purposes.kindBadges.${kind}`)}</Badge>
                  {t("consent.purposes.kindFixed")}
                </p>
              </div>
            ) : (
              <KindField control={form.control as never} name={"kind" as never} id={`${id}-kind`} />
            )}
            {field("labelFr", t("consent.purposes.labelFr"))}
            {field("labelEn", t("consent.purposes.labelEn"))}
            {field("description", t("consent.purposes.descriptionField"), { multiline: true })}
            <RegisterEntryPicker
              id={`${id}-registerRefs`}
              name="registerRefs"
              label={t("consent.purposes.registerRefs")}
              help={t(`consent.purposes.registerRefsHints.${kind}`)}
              markBasis={requiredLegalBasis[kind]}
            />
            <ChannelsField control={form.control as never} name={"channels" as never} id={`${id}-channels`} />
            <ChannelsField
              control={form.control as never}
              name={"campaignChannels" as never}
              id={`${id}-campaignChannels`}
              kind="campaign"
            />
            {purpose ? null : (
              <>
                {field("textVersion", t("consent.purposes.textVersion"))}
                {field("textEffectiveFrom", t("consent.purposes.textEffectiveFrom"), { type: "date" })}
                {field("text", t("consent.purposes.text"), { multiline: true })}
              </>
            )}
          </FormDialog>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
