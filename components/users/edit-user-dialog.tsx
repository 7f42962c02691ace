"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { updateUserAction } from "@/lib/users/actions";
import type { UserDTO } from "@/lib/users/dto";
import { updateUserSchema, type UpdateUserInput } from "@/lib/users/schemas";
import { expiryDateInputValue } from "@/lib/users/user-status";
import { FormDialog } from "@/components/forms/form-dialog";
import { ExpiryField } from "./expiry-field";
import { RoleField } from "./role-field";
import { RowActionButton } from "./row-action-button";
import { TextField } from "@/components/forms/text-field";
import { useServerErrors } from "@/components/forms/use-server-errors";

export function EditUserDialog({ user }: { user: UserDTO }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <RowActionButton
          icon={Pencil}
          tooltip={t("users.edit.open")}
          label={t("users.edit.label", { name: user.name })}
        />
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} className="max-h-[calc(100dvh-2rem)] overflow-y-auto">
        <EditUserForm user={user} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

const fields = ["name", "role", "expiresAt"] as const;

function EditUserForm({ user, onSaved }: { user: UserDTO; onSaved: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useForm<UpdateUserInput, unknown, z.output<typeof updateUserSchema>>({
    resolver: zodResolver(updateUserSchema),
    // The version read with the page: the server refuses the save if someone changed the account since.
    defaultValues: {
      id: user.id,
      version: user.version,
      name: user.name,
      role: user.role,
      expiresAt: expiryDateInputValue(user.expiresAt),
    },
  });
  const role = useWatch({ control: form.control, name: "role" });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, fields);
  const submitting = form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const result = await updateUserAction(values);
    if (!result.ok) {
      showFailure(result);
      // A stale version: fetch the current one, so that reopening the dialog starts from it.
      if (result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(t("users.edit.success", { name: values.name }));
    onSaved();
    router.refresh();
  });

  return (
    <FormDialog
      onSubmit={onSubmit}
      title={t("users.edit.title", { name: user.name })}
      description={
        <>
          {t("users.edit.description")} {t("users.fields.emailFixed", { email: user.email })}
        </>
      }
      formError={formError}
      submitting={submitting}
    >
      <TextField
        control={form.control}
        name="name"
        id={`${id}-name`}
        label={t("users.fields.name")}
        autoComplete="off"
        aria-required
      />
      <RoleField control={form.control} name="role" id={`${id}-role`} />
      <ExpiryField control={form.control} name="expiresAt" id={`${id}-expires`} required={role === "auditor"} />
    </FormDialog>
  );
}
