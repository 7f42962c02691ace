"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionAlert } from "@/components/forms/action-alert";
import { useMessage } from "@/components/forms/use-message";
import { lookupConsentAction } from "@/lib/consent/actions";
import type { SubscriberHistoryDTO } from "@/lib/consent/lookup";
import { ProofHistory } from "./proof-history";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/** Enter a subscriber reference; the server logs the lookup and returns the full history. */
export function LookupForm() {
  const t = useTranslations("consent.lookup");
  const channels = useTranslations("consent.channels");
  const message = useMessage();
  const locale = useLocale();
  const id = useId();
  const [ref, setRef] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<SubscriberHistoryDTO | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setFieldError(null);
    setFormError(null);
    startTransition(async () => {
      const response = await lookupConsentAction({ subscriberRef: ref });
      if (!response.ok) {
        const first = response.fieldErrors?.subscriberRef?.[0];
        if (first) setFieldError(first);
        else setFormError(response.message);
        setResult(null);
        return;
      }
      setResult(response.data);
    });
  }

  const error = fieldError ? message(fieldError) : undefined;
  return (
    <div className="grid gap-6">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("title")}>
        <FormField id={`${id}-ref`} label={t("subscriberRef")} error={error} className="min-w-72">
          <Input
            {...fieldA11yProps(`${id}-ref`, error)}
            value={ref}
            onChange={(e) => setRef(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <ActionAlert messageKey={formError} />
      {result ? (
        <section aria-labelledby="lookup-result" className="grid gap-4">
          <h2 id="lookup-result" className="text-lg font-semibold">
            {t("stateTitle")} — {result.subscriberRef}
          </h2>
          <p className="text-sm text-muted-foreground">{t("logged")}</p>
          {result.purposes.length === 0 ? (
            <p>{t("none", { ref: result.subscriberRef })}</p>
          ) : (
            <ul className="grid gap-2">
              {result.purposes.map((p) => (
                <li key={p.key} className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium">{locale === "en" ? p.labelEn : p.labelFr}</span>
                  <Badge variant={p.optedIn ? "default" : "secondary"}>
                    {p.optedIn ? t("optedIn") : t("optedOut")}
                  </Badge>
                  <span className="text-muted-foreground">
                    {t("since", {
                      date: formatDateTime(p.since, toLocale(locale)),
                    })}
                  </span>
                  {p.decidedBy ? (
                    <span className="w-full text-muted-foreground" data-testid="decided-by">
                      {t("decidedBy", {
                        kind: t(`kinds.${p.decidedBy.kind}`),
                        eventId: p.decidedBy.eventId,
                        channel: channels(p.decidedBy.channel),
                        version: p.decidedBy.textVersion,
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <ProofHistory history={result} />
        </section>
      ) : null}
    </div>
  );
}
