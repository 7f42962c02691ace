"use client";

import { CircleAlert } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useMessage } from "./use-message";

/** A refused action's message (a translation key), shown inside the dialog that sent it. */
export function ActionAlert({ messageKey, id }: { messageKey: string | null; id?: string }) {
  const message = useMessage();
  if (!messageKey) return null;
  return (
    <Alert variant="destructive" id={id} data-testid="action-error">
      <CircleAlert aria-hidden />
      <AlertDescription>{message(messageKey, "errors.internal")}</AlertDescription>
    </Alert>
  );
}
