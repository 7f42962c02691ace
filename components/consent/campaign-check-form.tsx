"use client";

import { Download, ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CampaignPurposeDTO } from "@/lib/consent/campaigns/dto";
import { CSV_BOM, csvLine } from "@/lib/exports/csv";
import { SectionCard } from "./section-card";
import { useCampaignCheck, type CheckState } from "./use-campaign-check";

const selectClass =
  "h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

function download(checkId: string, allowed: readonly string[]) {
  const csv = CSV_BOM + csvLine(["subscriber_ref"]) + allowed.map((ref) => csvLine([ref])).join("");
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `campagne-${checkId}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Upload a CSV of references, follow the check, see the counts, download the allowed list. */
export function CampaignCheckForm({ purposes }: { purposes: CampaignPurposeDTO[] }) {
  const t = useTranslations("campaigns");
  const channels = useTranslations("consent.campaignChannels");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const { state, run } = useCampaignCheck();
  const [purposeKey, setPurposeKey] = useState("");
  const [errors, setErrors] = useState<Partial<Record<"purpose" | "campaign" | "file", string>>>({});
  const purpose = purposes.find((p) => p.key === purposeKey);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const query = {
      purpose: String(data.get("purpose") ?? ""),
      channel: String(data.get("channel") ?? ""),
      campaign: String(data.get("campaign") ?? "").trim(),
    };
    const next = {
      purpose: query.purpose ? undefined : t("required.purpose"),
      campaign: query.campaign ? undefined : t("required.campaign"),
      file: file instanceof File && file.size > 0 ? undefined : t("required.file"),
    };
    setErrors(next);
    if (next.purpose || next.campaign || next.file) return;
    if (await run(query, file as File)) router.refresh();
  }

  const field = (name: "purpose" | "campaign" | "file") => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : name === "file" ? `${id}-file-help` : undefined,
  });
  const error = (name: "purpose" | "campaign" | "file") =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="text-sm text-destructive">
        {errors[name]}
      </p>
    ) : null;

  return (
    <SectionCard id={`${id}-title`} title={t("formTitle")} description={t("formDescription")}>
      {purposes.length === 0 ? <p className="text-sm text-muted-foreground">{t("noPurpose")}</p> : null}
      <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4" aria-label={t("formTitle")}>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-purpose`}>{t("purpose")}</Label>
          <select
            id={`${id}-purpose`}
            name="purpose"
            className={selectClass}
            value={purposeKey}
            onChange={(e) => setPurposeKey(e.target.value)}
            {...field("purpose")}
          >
            <option value="">{t("choosePurpose")}</option>
            {purposes.map((p) => (
              <option key={p.key} value={p.key}>
                {locale === "en" ? p.labelEn : p.labelFr}
              </option>
            ))}
          </select>
          {error("purpose")}
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-channel`}>{t("channel")}</Label>
          <select id={`${id}-channel`} name="channel" className={selectClass} disabled={!purpose}>
            {(purpose?.campaignChannels ?? []).map((c) => (
              <option key={c} value={c}>
                {channels(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-campaign`}>{t("campaign")}</Label>
          <Input id={`${id}-campaign`} name="campaign" maxLength={200} {...field("campaign")} />
          {error("campaign")}
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-file`}>{t("file")}</Label>
          <Input id={`${id}-file`} name="file" type="file" accept=".csv,text/csv,text/plain" {...field("file")} />
          <p id={`${id}-file-help`} className="text-sm text-muted-foreground">
            {t.rich("fileHelp", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
          </p>
          {error("file")}
        </div>
        <div>
          <Button type="submit" disabled={state.status === "running"}>
            <ShieldCheck aria-hidden />
            {state.status === "running" ? t("running") : t("submit")}
          </Button>
        </div>
      </form>
      <CheckOutcome state={state} />
    </SectionCard>
  );
}

function CheckOutcome({ state }: { state: CheckState }) {
  const t = useTranslations("campaigns");
  return (
    <div role="status" aria-live="polite" className="grid gap-3">
      {state.status === "running" ? (
        <p className="text-sm">{state.allowed === 0 ? t("sending") : t("progress", { count: state.allowed })}</p>
      ) : null}
      {state.status === "refused" || state.status === "failed" ? (
        <Alert variant="destructive">
          <AlertDescription>
            <p className="font-medium">{state.status === "refused" ? t("refused") : t("reasons.failed")}</p>
            {state.status === "refused" ? <p>{reasonText(t, state)}</p> : null}
          </AlertDescription>
        </Alert>
      ) : null}
      {state.status === "done" ? <CheckResult state={state} /> : null}
    </div>
  );
}

function reasonText(
  t: ReturnType<typeof useTranslations<"campaigns">>,
  state: Extract<CheckState, { status: "refused" }>,
) {
  if (state.tooLarge) return t("reasons.tooLarge");
  if (state.path === "purpose.registerRefs") return `${t("reasons.registerRefs")} (${state.message})`;
  if (state.path === "purpose" || state.path === "channel" || state.path === "campaign")
    return `${t(`reasons.${state.path}`)} (${state.message})`;
  if (state.path?.startsWith("line ")) return `${t("reasons.line", { where: state.path })} (${state.message})`;
  return state.message || t("reasons.failed");
}

function CheckResult({ state }: { state: Extract<CheckState, { status: "done" }> }) {
  const t = useTranslations("campaigns");
  const locale = useLocale();
  const keys = ["received", "distinct", "allowed", "refused", "unknown"] as const;
  return (
    <div className="grid gap-3">
      <p className="text-sm font-medium">{t("done")}</p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {keys.map((key) => (
          <div key={key} className="rounded-md border p-3">
            <dt className="text-xs text-muted-foreground">{t(`counts.${key}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums">{state.counts[key].toLocaleString(locale)}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Button type="button" variant="outline" onClick={() => download(state.checkId, state.allowed)}>
          <Download aria-hidden />
          {t("download")}
        </Button>
      </div>
    </div>
  );
}
