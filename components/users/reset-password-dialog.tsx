"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { resetUserPasswordAction } from "@/lib/users/actions";
import type { UserDTO } from "@/lib/users/dto";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { FormDialog } from "@/components/forms/form-dialog";
import { SecretDialog } from "@/components/forms/secret-dialog";
import { GeneratedPassword } from "./generated-password";
import { PasswordChoice } from "./password-choice";
import { RowActionButton } from "./row-action-button";
import { useServerErrors } from "@/components/forms/use-server-errors";

export function ResetPasswordDialog({ user }: { user: UserDTO }) {
  const t = useTranslations();
  return (
    <SecretDialog<string>
      trigger={
        <RowActionButton
          icon={KeyRound}
          tooltip={t("users.resetPassword.open")}
          label={t("users.resetPassword.label", { name: user.name })}
        />
      }
      form={(done) => <ResetPasswordForm user={user} onReset={(password) => done(password || null)} />}
      secret={(password, close) => <GeneratedPassword name={user.name} password={password} onDone={close} />}
    />
  );
}

type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
const fields = ["passwordMode", "password"] as const;

function ResetPasswordForm({ user, onReset }: { user: UserDTO; onReset: (generatedPassword: string | null) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useForm<ResetPasswordInput, unknown, z.output<typeof resetPasswordSchema>>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { id: user.id, passwordMode: "generate" },
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, fields);
  const submitting = form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = await resetUserPasswordAction(values);
    if (!result.ok) return showFailure(result);
    toast.success(t("users.resetPassword.success", { name: user.name }));
    router.refresh();
    onReset(result.data.generatedPassword);
  });

  return (
    <FormDialog
      onSubmit={onSubmit}
      title={t("users.resetPassword.title", { name: user.name })}
      description={t("users.resetPassword.description")}
      formError={formError}
      submitting={submitting}
      submitLabel={t("users.resetPassword.submit")}
    >
      <PasswordChoice control={form.control} id={`${id}-password`} />
    </FormDialog>
  );
}
