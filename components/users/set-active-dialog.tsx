"use client";

import { UserCheck, UserX } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { setUserActiveAction } from "@/lib/users/actions";
import type { UserDTO } from "@/lib/users/queries";
import { ActionAlert } from "@/components/forms/action-alert";
import { RowActionButton } from "./row-action-button";

/** Deactivate (or reactivate) an account, after confirmation. A refusal stays in the dialog. */
export function SetActiveDialog({ user }: { user: UserDTO }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const activate = !user.isActive;
  const keys = activate ? "users.reactivate" : "users.deactivate";

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await setUserActiveAction({ id: user.id, version: user.version, active: activate });
      if (!result.ok) {
        setError(result.message);
        if (result.code === "CONFLICT") router.refresh();
        return;
      }
      toast.success(t(`${keys}.success`, { name: user.name }));
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (next) setError(null);
        setOpen(next);
      }}
    >
      <AlertDialogTrigger asChild>
        <RowActionButton icon={activate ? UserCheck : UserX} tooltip={t(`${keys}.open`)} label={t(`${keys}.label`, { name: user.name })} />
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t(`${keys}.title`, { name: user.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t(`${keys}.description`, { name: user.name })}</AlertDialogDescription>
        </AlertDialogHeader>
        <ActionAlert messageKey={error} />
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <Button type="button" variant={activate ? "default" : "destructive"} onClick={confirm} disabled={pending}>
            {pending ? t("common.saving") : t(`${keys}.confirm`)}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
