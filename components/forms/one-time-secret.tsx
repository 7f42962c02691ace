"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * A secret shown once (generated password, API key): a read-only field, a copy
 * button that receives focus, and a warning that it will not be shown again.
 */
export function OneTimeSecret({
  id,
  label,
  value,
  warning,
  copiedMessage,
  copyFailedMessage,
}: {
  id: string;
  label: string;
  value: string;
  warning: string;
  copiedMessage: string;
  copyFailedMessage: string;
}) {
  const t = useTranslations();
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const warningId = `${id}-warning`;

  useEffect(() => {
    buttonRef.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(copiedMessage);
    } catch {
      inputRef.current?.select();
      toast.error(copyFailedMessage);
    }
  }

  return (
    <div className="grid gap-4">
      <Alert id={warningId} className="border-warning">
        <TriangleAlert aria-hidden />
        <AlertDescription className="text-foreground">{warning}</AlertDescription>
      </Alert>
      <div className="grid gap-2">
        <Label htmlFor={id}>{label}</Label>
        <div className="flex gap-2">
          <Input
            ref={inputRef}
            id={id}
            readOnly
            value={value}
            spellCheck={false}
            autoComplete="off"
            className="font-mono"
            aria-describedby={warningId}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="one-time-secret"
          />
          <Button ref={buttonRef} type="button" variant="outline" onClick={copy}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? t("common.copied") : t("common.copy")}
          </Button>
        </div>
      </div>
    </div>
  );
}
