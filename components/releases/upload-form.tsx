"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ActionAlert } from "@/components/forms/action-alert";
import { selectClass } from "@/components/forms/select-class";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toLocale } from "@/lib/i18n/locale";
import { legalBasisLabel } from "@/lib/register/catalogue/legal-bases";
import type { ReleaseEntryOptionDTO } from "@/lib/releases/dto";

type Field = "file" | "series" | "recipient" | "purpose" | "processingActivity" | "k";
interface RouteIssue {
  path: string;
  message: string;
}

/**
 * The upload of a release: its parameters go in the query string, the CSV file as the request
 * body (so that the server reviews it as it arrives); the upload's progress is shown, then the
 * release's review page opens.
 */
export function UploadForm({ entries, threshold }: { entries: ReleaseEntryOptionDTO[]; threshold: number }) {
  const t = useTranslations("releases");
  const locale = toLocale(useLocale());
  const message = useMessage();
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [entry, setEntry] = useState(entries[0]?.reference ?? "");
  const selected = entries.find((e) => e.reference === entry);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const found: Partial<Record<Field, string>> = {};
    if (!(file instanceof File) || file.size === 0) found.file = "releases.errors.file";
    for (const name of ["series", "recipient", "purpose"] as const)
      if (!String(data.get(name) ?? "").trim()) found[name] = "releases.errors.required";
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !(file instanceof File)) return;
    const query = new URLSearchParams();
    for (const name of ["series", "recipient", "purpose", "processingActivity", "k"] as const)
      query.set(name, String(data.get(name) ?? "").trim());
    query.set("suppressDifferencing", data.get("suppressDifferencing") ? "true" : "false");
    query.set("name", file.name.slice(0, 200));
    const request = new XMLHttpRequest();
    request.open("POST", `/api/releases?${query.toString()}`);
    request.setRequestHeader("content-type", "text/csv");
    request.upload.onprogress = (e) => setProgress(e.lengthComputable ? Math.round((100 * e.loaded) / e.total) : null);
    request.onload = () => {
      setProgress(null);
      const body = JSON.parse(request.responseText || "{}") as {
        reference?: string;
        message?: string;
        issues?: RouteIssue[];
      };
      if (request.status === 201 && body.reference) {
        router.push(`/releases/${body.reference}`);
        return;
      }
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const issue of body.issues ?? []) fieldErrors[(issue.path || "file") as Field] = issue.message;
      setErrors(fieldErrors);
      setFormError(body.message?.startsWith("releases.") ? body.message : "releases.errors.failed");
    };
    request.onerror = () => {
      setProgress(null);
      setFormError("releases.errors.failed");
    };
    setProgress(0);
    request.send(file);
  }

  const error = (name: Field) => (errors[name] ? message(errors[name]) : undefined);
  const field = (name: Field, label: string, props: Record<string, unknown> = {}) => (
    <FormField id={`${id}-${name}`} label={label} error={error(name)}>
      <Input {...fieldA11yProps(`${id}-${name}`, error(name))} name={name} {...props} />
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("upload.title")}>
      <ActionAlert messageKey={formError} />
      <p className="text-sm text-muted-foreground">
        {t.rich("upload.help", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
      </p>
      {field("file", t("upload.file"), { type: "file", accept: ".csv,text/csv" })}
      <div className="grid gap-3 md:grid-cols-2">
        {field("series", t("fields.series"), { maxLength: 80 })}
        {field("recipient", t("fields.recipient"), { maxLength: 200 })}
      </div>
      {field("purpose", t("fields.purpose"), { maxLength: 500 })}
      <FormField
        id={`${id}-processingActivity`}
        label={t("fields.processingActivity")}
        error={error("processingActivity")}
      >
        <select
          {...fieldA11yProps(`${id}-processingActivity`, error("processingActivity"))}
          name="processingActivity"
          className={selectClass}
          value={entry}
          onChange={(e) => setEntry(e.target.value)}
        >
          {entries.map((option) => (
            <option key={option.reference} value={option.reference}>
              {option.reference} — {option.name}
            </option>
          ))}
        </select>
      </FormField>
      {selected ? (
        <dl className="grid gap-1 text-sm md:grid-cols-[auto_1fr] md:gap-x-4" data-testid="entry-facts">
          <dt className="font-medium">{t("fields.legalBases")}</dt>
          <dd>{selected.legalBases.map((basis) => legalBasisLabel(basis, locale)).join(", ") || "—"}</dd>
          <dt className="font-medium">{t("fields.objectionPurposes")}</dt>
          <dd>{selected.objectionPurposes.join(", ") || "—"}</dd>
        </dl>
      ) : null}
      <FormField
        id={`${id}-k`}
        label={t("fields.k")}
        error={error("k")}
        description={t("upload.thresholdHelp", { k: threshold })}
      >
        <Input
          {...fieldA11yProps(`${id}-k`, error("k"), true)}
          name="k"
          type="number"
          min={threshold}
          max={9999}
          defaultValue={threshold}
        />
      </FormField>
      <div className="flex items-center gap-2">
        <input id={`${id}-sd`} type="checkbox" name="suppressDifferencing" className="size-4" />
        <label htmlFor={`${id}-sd`} className="text-sm">
          {t("fields.suppressDifferencing")}
        </label>
      </div>
      {progress !== null ? (
        <div className="grid gap-1" aria-live="polite">
          <progress
            max={100}
            value={progress}
            aria-label={t("upload.progress", { percent: progress })}
            className="w-full"
          />
          <span className="text-sm">
            {progress < 100 ? t("upload.progress", { percent: progress }) : t("upload.reviewing")}
          </span>
        </div>
      ) : null}
      <div>
        <Button type="submit" disabled={progress !== null}>
          {t("upload.submit")}
        </Button>
      </div>
    </form>
  );
}
