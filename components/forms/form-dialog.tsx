"use client";

import { useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { ActionAlert } from "./action-alert";

interface SubmitLabels {
  submitting: boolean;
  /** "Save" unless told otherwise. */
  submitLabel?: string;
  /** "Saving…" unless told otherwise. */
  submittingLabel?: string;
}

/** Cancel (closes the dialog) and the submit button, disabled while the action runs. */
export function FormDialogFooter({ submitting, submitLabel, submittingLabel }: SubmitLabels) {
  const t = useTranslations();
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button type="button" variant="outline">
          {t("common.cancel")}
        </Button>
      </DialogClose>
      <Button type="submit" disabled={submitting}>
        {submitting ? (submittingLabel ?? t("common.saving")) : (submitLabel ?? t("common.save"))}
      </Button>
    </DialogFooter>
  );
}

/**
 * The form inside a dialog's content: its title and description, the refused action's message,
 * the fields, then the footer. The caller keeps the dialog itself (trigger, open state).
 */
export function FormDialog({
  onSubmit,
  title,
  description,
  formError,
  children,
  ...labels
}: SubmitLabels & {
  onSubmit: FormEventHandler<HTMLFormElement>;
  title: ReactNode;
  description: ReactNode;
  /** The message key of the refusal that belongs to no field. */
  formError: string | null;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      <ActionAlert messageKey={formError} />
      {children}
      <FormDialogFooter {...labels} />
    </form>
  );
}
