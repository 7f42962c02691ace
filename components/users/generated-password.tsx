"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { OneTimeSecret } from "@/components/forms/one-time-secret";

/** The dialog body after a password was generated: shown once, then gone. */
export function GeneratedPassword({ name, password, onDone }: { name: string; password: string; onDone: () => void }) {
  const t = useTranslations();
  const id = useId();
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t("users.generated.title", { name })}</DialogTitle>
        <DialogDescription>{t("users.generated.description")}</DialogDescription>
      </DialogHeader>
      <OneTimeSecret
        id={`${id}-password`}
        label={t("users.generated.label")}
        value={password}
        warning={t("users.generated.warning", { name })}
        copiedMessage={t("users.generated.copied")}
        copyFailedMessage={t("users.generated.copyFailed")}
      />
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          {t("users.generated.done")}
        </Button>
      </DialogFooter>
    </>
  );
}
