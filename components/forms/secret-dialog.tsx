"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/**
 * A dialog whose form may end on a secret shown once (a generated password, an API key): while the
 * secret shows, a click beside the dialog does not throw it away, and reopening starts from the form.
 */
export function SecretDialog<S>({
  trigger,
  form,
  secret,
}: {
  /** The trigger element (a button), rendered as the dialog's trigger. */
  trigger: ReactNode;
  /** The form; `done(value)` shows the secret, `done(null)` closes the dialog (nothing to show). */
  form: (done: (value: S | null) => void) => ReactNode;
  /** The secret's view; `close` closes the dialog. */
  secret: (value: S, close: () => void) => ReactNode;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<S | null>(null);

  function onOpenChange(next: boolean) {
    if (next) setShown(null);
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        closeLabel={t("common.close")}
        className="max-h-[calc(100dvh-2rem)] overflow-y-auto"
        onInteractOutside={(event) => {
          if (shown !== null) event.preventDefault();
        }}
      >
        {shown !== null
          ? secret(shown, () => onOpenChange(false))
          : form((value) => (value === null ? onOpenChange(false) : setShown(value)))}
      </DialogContent>
    </Dialog>
  );
}
