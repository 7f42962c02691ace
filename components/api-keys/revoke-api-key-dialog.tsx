"use client";

import { Ban } from "lucide-react";
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
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

/** Revoke a key after confirmation; machines using it are refused from the next request. */
export function RevokeApiKeyDialog({ apiKey }: { apiKey: { id: string; name: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await revokeApiKeyAction({ id: apiKey.id });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(t("apiKeys.revoke.success", { name: apiKey.name }));
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
        <Button type="button" variant="outline" size="sm">
          <Ban aria-hidden />
          {t("apiKeys.revoke.open")}
          <span className="sr-only">{` ${apiKey.name}`}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("apiKeys.revoke.title", { name: apiKey.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("apiKeys.revoke.description")}</AlertDialogDescription>
        </AlertDialogHeader>
        <ActionAlert messageKey={error} />
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <Button type="button" variant="destructive" onClick={confirm} disabled={pending}>
            {pending ? t("common.saving") : t("apiKeys.revoke.confirm")}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
