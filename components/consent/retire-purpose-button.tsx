"use client";

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
import { ActionAlert } from "@/components/forms/action-alert";
import { setPurposeActiveAction } from "@/lib/consent/actions";
import type { PurposeDTO } from "@/lib/consent/dto";

/** Retire a purpose (ingestion then refuses its events) or reactivate it, after confirmation. */
export function RetirePurposeButton({ purpose }: { purpose: PurposeDTO }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const activate = !purpose.isActive;
  const label = activate ? t("consent.purposes.reactivate") : t("consent.purposes.retire");

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await setPurposeActiveAction({ id: purpose.id, version: purpose.version, isActive: activate });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(activate ? t("consent.purposes.reactivatedDone") : t("consent.purposes.retiredDone"));
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`${label} ${purpose.key}`}>
          {label}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{label}</AlertDialogTitle>
          <AlertDialogDescription>
            {activate
              ? t("consent.purposes.reactivateConfirm", { key: purpose.key })
              : t("consent.purposes.retireConfirm", { key: purpose.key })}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <ActionAlert messageKey={error} />
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <Button type="button" variant={activate ? "default" : "destructive"} onClick={confirm} disabled={pending}>
            {pending ? t("common.saving") : label}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
