"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { SecretDialog } from "@/components/forms/secret-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { ScopesField } from "./scopes-field";

export function CreateApiKeyDialog() {
  const t = useTranslations();
  return (
    <SecretDialog<{ name: string; apiKey: string }>
      trigger={
        <Button>
          <Plus aria-hidden />
          {t("apiKeys.create.open")}
        </Button>
      }
      form={(done) => <CreateApiKeyForm onCreated={done} />}
      secret={(created, close) => <CreatedKey name={created.name} apiKey={created.apiKey} onDone={close} />}
    />
  );
}

function CreatedKey({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const t = useTranslations();
  const id = useId();
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t("apiKeys.created.title", { name })}</DialogTitle>
        <DialogDescription>{t("apiKeys.created.description")}</DialogDescription>
      </DialogHeader>
      <OneTimeSecret
        id={`${id}-key`}
        label={t("apiKeys.created.label")}
        value={apiKey}
        warning={t("apiKeys.created.warning")}
        copiedMessage={t("apiKeys.created.copied")}
        copyFailedMessage={t("apiKeys.created.copyFailed")}
      />
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          {t("apiKeys.created.done")}
        </Button>
      </DialogFooter>
    </>
  );
}

const fields = ["name", "scopes"] as const;

function CreateApiKeyForm({ onCreated }: { onCreated: (created: { name: string; apiKey: string }) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useForm<CreateApiKeyInput, unknown, z.output<typeof createApiKeySchema>>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: "", scopes: [] },
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, fields);
  const submitting = form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = await createApiKeyAction(values);
    if (!result.ok) return showFailure(result);
    toast.success(t("apiKeys.create.success", { name: values.name }));
    router.refresh();
    onCreated({ name: values.name, apiKey: result.data.key });
  });

  return (
    <FormDialog
      onSubmit={onSubmit}
      title={t("apiKeys.create.title")}
      description={t("apiKeys.create.description")}
      formError={formError}
      submitting={submitting}
      submittingLabel={t("apiKeys.create.submitting")}
      submitLabel={t("apiKeys.create.submit")}
    >
      <TextField
        control={form.control}
        name="name"
        id={`${id}-name`}
        label={t("apiKeys.create.name")}
        description={t("apiKeys.create.nameHint")}
        autoComplete="off"
        aria-required
      />
      <ScopesField control={form.control} name="scopes" id={`${id}-scopes`} />
    </FormDialog>
  );
}
