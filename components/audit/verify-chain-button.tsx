"use client";

import { CircleCheck, Loader2, ShieldAlert, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { verifyChainAction } from "@/lib/audit/actions";
import type { ChainVerdict } from "@/lib/audit/verify";

type Outcome = ActionResult<ChainVerdict>;

/**
 * Recompute every hash of the chain on demand and say whether it is intact or
 * how many entries are broken, with the first and the last. The verification is itself logged, hence the refresh.
 */
export function VerifyChainButton() {
  const t = useTranslations();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function verify() {
    if (isPending) return;
    setOutcome(null);
    startTransition(async () => {
      const result: Outcome = await verifyChainAction({}).catch(
        () => ({ ok: false, code: "INTERNAL", message: "errors.internal" }) as const,
      );
      // The verdict shows as soon as it is known; the page's refresh (the verification is itself logged) follows.
      setOutcome(result);
      startTransition(() => router.refresh());
    });
  }

  return (
    <div className="grid gap-3">
      <div>
        <Button
          type="button"
          variant="outline"
          onClick={verify}
          aria-disabled={isPending}
          className="aria-disabled:opacity-70"
        >
          {isPending ? <Loader2 aria-hidden className="animate-spin" /> : <ShieldCheck aria-hidden />}
          {isPending ? t("audit.verify.pending") : t("audit.verify.button")}
        </Button>
      </div>
      {outcome ? <VerdictAlert outcome={outcome} /> : null}
    </div>
  );
}

function VerdictAlert({ outcome }: { outcome: Outcome }) {
  const t = useTranslations();
  if (!outcome.ok) {
    return (
      <Alert variant="destructive">
        <ShieldAlert aria-hidden />
        <AlertDescription>{t(outcome.message)}</AlertDescription>
      </Alert>
    );
  }
  const verdict = outcome.data;
  if (verdict.intact) {
    return (
      <Alert className="border-success/50">
        <CircleCheck aria-hidden className="text-success" />
        <AlertTitle>{t("audit.verify.intact", { count: verdict.entries })}</AlertTitle>
        <AlertDescription>{t("audit.verify.logged")}</AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant="destructive">
      <ShieldAlert aria-hidden />
      <AlertTitle>{t("audit.verify.brokenTitle")}</AlertTitle>
      <AlertDescription>
        <p>{t("audit.verify.brokenCount", { count: verdict.broken, entries: verdict.entries })}</p>
        <p>
          {t("audit.verify.broken", {
            seq: verdict.firstBroken.seq,
            reason: t(`audit.verify.reasons.${verdict.firstBroken.reason}`),
          })}
        </p>
        {verdict.broken > 1 ? (
          <p>
            {t("audit.verify.lastBroken", {
              seq: verdict.lastBroken.seq,
              reason: t(`audit.verify.reasons.${verdict.lastBroken.reason}`),
            })}
          </p>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
