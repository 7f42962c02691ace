"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { createUserAction } from "@/lib/users/actions";
import { createUserSchema, type CreateUserInput } from "@/lib/users/schemas";
import { FormDialog } from "@/components/forms/form-dialog";
import { SecretDialog } from "@/components/forms/secret-dialog";
import { ExpiryField } from "./expiry-field";
import { GeneratedPassword } from "./generated-password";
import { PasswordChoice } from "./password-choice";
import { RoleField } from "./role-field";
import { TextField } from "@/components/forms/text-field";
import { useServerErrors } from "@/components/forms/use-server-errors";

export function CreateUserDialog() {
  const t = useTranslations();
  return (
    <SecretDialog<{ name: string; password: string }>
      trigger={
        <Button>
          <UserPlus aria-hidden />
          {t("users.create.open")}
        </Button>
      }
      form={(done) => <CreateUserForm onCreated={(name, password) => done(password ? { name, password } : null)} />}
      secret={(created, close) => <GeneratedPassword name={created.name} password={created.password} onDone={close} />}
    />
  );
}

const fields = ["name", "email", "role", "expiresAt", "passwordMode", "password"] as const;

function CreateUserForm({ onCreated }: { onCreated: (name: string, generatedPassword: string | null) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useForm<CreateUserInput, unknown, z.output<typeof createUserSchema>>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { name: "", email: "", expiresAt: "", passwordMode: "generate" },
  });
  const role = useWatch({ control: form.control, name: "role" });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, fields);
  const submitting = form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = await createUserAction(values);
    if (!result.ok) return showFailure(result);
    toast.success(t("users.create.success", { name: values.name }));
    router.refresh();
    onCreated(values.name, result.data.generatedPassword);
  });

  return (
    <FormDialog
      onSubmit={onSubmit}
      title={t("users.create.title")}
      description={t("users.create.description")}
      formError={formError}
      submitting={submitting}
      submittingLabel={t("users.create.submitting")}
      submitLabel={t("users.create.submit")}
    >
      <TextField
        control={form.control}
        name="name"
        id={`${id}-name`}
        label={t("users.fields.name")}
        autoComplete="off"
        aria-required
      />
      <TextField
        control={form.control}
        name="email"
        id={`${id}-email`}
        label={t("users.fields.email")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        aria-required
      />
      <RoleField control={form.control} name="role" id={`${id}-role`} />
      <ExpiryField control={form.control} name="expiresAt" id={`${id}-expires`} required={role === "auditor"} />
      <PasswordChoice control={form.control} id={`${id}-password`} />
    </FormDialog>
  );
}
