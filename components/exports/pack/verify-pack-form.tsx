"use client";

import { Loader2, ShieldAlert, ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldA11yProps, FormField } from "@/components/ui/form-field";
import { useMessage } from "@/components/forms/use-message";
import type { ActionResult } from "@/lib/action";
import { verifyPackAction } from "@/lib/exports/pack/actions";
import type { PackCheckDTO } from "@/lib/exports/pack/verify-mutation";
import { verifyPackSchema } from "@/lib/exports/pack/verify-schema";

type Outcome = ActionResult<PackCheckDTO>;

/**
 * "Verify a pack": upload a pack, the server runs the same check as `npm run verify-pack`
 * (against its own key) and says whether the pack is intact or names the first difference.
 */
export function VerifyPackForm() {
  const t = useTranslations("auditPack.verify");
  const message = useMessage();
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setOutcome(null);
    const checked = verifyPackSchema.safeParse({ pack: file });
    if (!checked.success) return setFieldError(message(checked.error.issues[0]?.message));
    setFieldError(null);
    const form = new FormData();
    form.set("pack", checked.data.pack);
    startTransition(async () => {
      const result: Outcome = await verifyPackAction(form).catch(
        () => ({ ok: false, code: "INTERNAL", message: "errors.internal" }) as const,
      );
      startTransition(() => {
        if (!result.ok && result.fieldErrors?.pack) setFieldError(message(result.fieldErrors.pack[0]));
        setOutcome(result);
        router.refresh();
      });
    });
  }

  const inputId = `${id}-pack`;
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate aria-label={t("title")}>
      <FormField id={inputId} label={t("file")} error={fieldError}>
        <input
          {...fieldA11yProps(inputId, fieldError)}
          name="pack"
          type="file"
          accept=".zip,application/zip"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5"
        />
      </FormField>
      <div>
        <Button type="submit" variant="outline" aria-disabled={isPending} className="aria-disabled:opacity-70">
          {isPending ? <Loader2 aria-hidden className="animate-spin" /> : <ShieldCheck aria-hidden />}
          {isPending ? t("pending") : t("button")}
        </Button>
      </div>
      <div aria-live="polite">{outcome ? <PackVerdict outcome={outcome} /> : null}</div>
    </form>
  );
}

function PackVerdict({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("auditPack.verify");
  const message = useMessage();
  if (!outcome.ok) {
    if (outcome.fieldErrors?.pack) return null;
    return (
      <Alert variant="destructive">
        <ShieldAlert aria-hidden />
        <AlertDescription>{message(outcome.message, "errors.internal")}</AlertDescription>
      </Alert>
    );
  }
  const check = outcome.data;
  const upload = (
    <p className="text-xs break-all">
      {t("upload", { fileName: check.fileName, size: check.size, sha256: check.sha256 })}
    </p>
  );
  if (!check.ok) {
    const { code, ...values } = check.problem;
    return (
      <Alert variant="destructive">
        <ShieldAlert aria-hidden />
        <AlertTitle>{t("invalid")}</AlertTitle>
        <AlertDescription>
          <p>{t(`problems.${code}`, { file: "", detail: "", expected: "", found: "", ...stringValues(values) })}</p>
          {upload}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert className="border-success/50">
      <ShieldCheck aria-hidden className="text-success" />
      <AlertTitle>{t("valid", { files: check.files })}</AlertTitle>
      <AlertDescription>
        <p>
          {t("validDetails", {
            organisation: check.organisation,
            from: check.period.from,
            to: check.period.to,
            generatedAt: check.generatedAt,
            generatedBy: check.generatedBy,
          })}
        </p>
        <p className="break-all">
          {t(check.checkedAgainstServerKey ? "serverKey" : "packKey", { fingerprint: check.fingerprint })}
        </p>
        {upload}
      </AlertDescription>
    </Alert>
  );
}

function stringValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === null ? "" : String(value)]));
}
