"use client";

import { UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { setUserActiveAction } from "@/lib/users/actions";
import type { UserDTO } from "@/lib/users/dto";
import { RowActionButton } from "./row-action-button";

/** Deactivate (or reactivate) an account, after confirmation. A refusal stays in the dialog. */
export function SetActiveDialog({ user }: { user: UserDTO }) {
  const t = useTranslations();
  const activate = !user.isActive;
  const keys = activate ? "users.reactivate" : "users.deactivate";
  return (
    <ConfirmDialog
      trigger={
        <RowActionButton
          icon={activate ? UserCheck : UserX}
          tooltip={t(`${keys}.open`)}
          label={t(`${keys}.label`, { name: user.name })}
        />
      }
      title={t(`${keys}.title`, { name: user.name })}
      description={t(`${keys}.description`, { name: user.name })}
      confirmLabel={t(`${keys}.confirm`)}
      destructive={!activate}
      run={() => setUserActiveAction({ id: user.id, version: user.version, active: activate })}
      success={t(`${keys}.success`, { name: user.name })}
    />
  );
}
