"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { sectionsForRole } from "@/lib/register/entry/sections";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type FieldValues } from "react-hook-form";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/forms/use-message";
import { useServerErrors } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/action";
import { createActivityAction, updateActivityAction } from "@/lib/register/actions";
import { processingActivitySchema, type ProcessingActivity } from "@/lib/register/schemas";
import { ConflictPanel } from "./conflict-panel";
import { DpiaSection } from "./dpia-section";
import { GovernanceSection } from "./governance-section";
import { IdentitySection } from "./identity-section";
import { PurposesDataSection } from "./purposes-data-section";
import { RecipientsSection } from "./recipients-section";
import { RetentionSection } from "./retention-section";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** How many fields hold an error (react-hook-form nests errors by path). */
function countErrors(errors: unknown): number {
  if (!errors || typeof errors !== "object") return 0;
  const record = errors as Record<string, unknown>;
  if (typeof record.message === "string") return 1;
  return Object.entries(record).reduce((sum, [key, value]) => (key === "ref" ? sum : sum + countErrors(value)), 0);
}

/**
 * The sectioned entry form (every Art. 30(1) field; Art. 30(2) for processors), validated on the
 * client with the same zod schema as the server action. Server field errors land on their fields;
 * a stale version shows what changed since the form was opened.
 */
export function ActivityForm({
  initial,
  reference,
  version,
}: {
  initial: ProcessingActivity;
  reference?: string;
  version?: number;
}) {
  const t = useTranslations("register");
  const message = useMessage();
  const router = useRouter();
  const form = useForm<FieldValues>({
    resolver: zodResolver(processingActivitySchema) as never,
    defaultValues: initial,
    mode: "onSubmit",
  });
  const {
    formError,
    clearFormError,
    showFailure: showServerErrors,
  } = useServerErrors(form.setError, "all", { keepMessage: true });
  const [conflict, setConflict] = useState(false);
  const errorCount = countErrors(form.formState.errors);
  const failure = formError ? message(formError) : null;

  function showFailure(result: Failure) {
    // A stale version shows what changed instead of field errors.
    const isStale = result.code === "CONFLICT" && result.message === "register.errors.staleVersion";
    showServerErrors(isStale ? { ...result, fieldErrors: undefined } : result);
    if (isStale) setConflict(true);
  }

  const onSubmit = form.handleSubmit(
    async (values) => {
      clearFormError();
      const entry = values as ProcessingActivity;
      if (reference && version) {
        const result = await updateActivityAction({ ...entry, reference, version });
        if (!result.ok) return showFailure(result);
        toast.success(t("form.saved"));
        router.push(`/register/${reference}`);
      } else {
        const result = await createActivityAction(entry);
        if (!result.ok) return showFailure(result);
        toast.success(t("form.created", { reference: result.data.reference }));
        router.push(`/register/${result.data.reference}`);
      }
      router.refresh();
    },
    () => clearFormError(),
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid gap-6"
        aria-label={reference ? t("form.editTitle", { reference }) : t("form.newTitle")}
      >
        {failure || errorCount > 0 ? (
          <Alert variant="destructive" role="alert">
            <AlertTitle>{failure ?? message("errors.validation")}</AlertTitle>
            {errorCount > 0 ? (
              <AlertDescription>{t("form.errorsSummary", { count: errorCount })}</AlertDescription>
            ) : null}
          </Alert>
        ) : null}
        {conflict && reference && version ? (
          <ConflictPanel reference={reference} base={initial} onReload={() => router.refresh()} />
        ) : null}
        <IdentitySection />
        <RoleSections />
        <div className="flex gap-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("form.saving") : t("form.save")}
          </Button>
          <Button asChild variant="outline">
            <Link href={reference ? `/register/${reference}` : "/register"}>{t("form.cancel")}</Link>
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** The sections after identity, as the role asks: a processor's record is Art. 30(2) only. */
function RoleSections() {
  const role = useWatch({ name: "role" }) as ProcessingActivity["role"];
  const visible = sectionsForRole(role);
  return (
    <>
      {visible.includes("purposes") ? <PurposesDataSection /> : null}
      {visible.includes("recipients") ? <RecipientsSection /> : null}
      {visible.includes("retention") ? <RetentionSection /> : null}
      <GovernanceSection />
      {visible.includes("dpia") ? <DpiaSection /> : null}
    </>
  );
}
