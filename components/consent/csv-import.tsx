"use client";

import Papa from "papaparse";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useMessage } from "@/components/forms/use-message";
import { importConsentEventsAction } from "@/lib/consent/actions";
import {
  checkCsvFile,
  checkCsvFileSize,
  checkCsvRow,
  CSV_PARSE_CONFIG,
  type CsvFileVerdict,
  type CsvRowCheck,
} from "@/lib/consent/ingest/csv-rows";

const CHUNK = 1000;
type Totals = { accepted: number; duplicates: number; rejected: number };

/** Pick a CMP export, preview it with per-row errors, then send the valid rows in chunks with a progress bar. */
export function CsvImport() {
  const t = useTranslations("consent.import");
  const message = useMessage();
  const router = useRouter();
  const id = useId();
  const [fileName, setFileName] = useState("");
  const [rows, setRows] = useState<CsvRowCheck[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [serverErrors, setServerErrors] = useState<CsvRowCheck[]>([]);
  const valid = rows.filter((r) => r.errors.length === 0);
  const invalid = [...rows.filter((r) => r.errors.length > 0), ...serverErrors];

  function onFile(file: File | undefined) {
    setRows([]);
    setTotals(null);
    setServerErrors([]);
    setFileError(null);
    setProgress(null);
    if (!file) return;
    setFileName(file.name);
    const refuse = (verdict: Exclude<CsvFileVerdict, { ok: true }>) => {
      const { error, ok: _ok, ...values } = verdict;
      setFileError(t(error, values));
    };
    const size = checkCsvFileSize(file.size);
    if (!size.ok) return refuse(size);
    Papa.parse<Record<string, string>>(file, {
      ...CSV_PARSE_CONFIG,
      complete: (result) => {
        const verdict = checkCsvFile(result.meta.fields ?? [], result.data.length);
        if (!verdict.ok) return refuse(verdict);
        setRows(result.data.map(checkCsvRow));
      },
      error: () => setFileError(t("parseError")),
    });
  }

  async function start() {
    const sum: Totals = { accepted: 0, duplicates: 0, rejected: 0 };
    const refused: CsvRowCheck[] = [];
    setProgress(0);
    for (let offset = 0; offset < valid.length; offset += CHUNK) {
      const chunk = valid.slice(offset, offset + CHUNK);
      const result = await importConsentEventsAction({ fileName, rows: chunk.map((r) => r.event) });
      if (!result.ok) {
        setFileError(message(result.message, "errors.internal"));
        break;
      }
      sum.accepted += result.data.accepted;
      sum.duplicates += result.data.duplicates;
      sum.rejected += result.data.rejected.length;
      for (const r of result.data.rejected) refused.push({ ...chunk[r.index]!, errors: r.errors });
      setProgress(Math.min(valid.length, offset + chunk.length));
    }
    setTotals(sum);
    setServerErrors(refused);
    router.refresh();
  }

  return (
    <div className="grid gap-6">
      <div className="grid max-w-md gap-2">
        <Label htmlFor={`${id}-file`}>{t("file")}</Label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => onFile(e.target.files?.[0])}
          className="text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5"
        />
      </div>
      {fileError ? (
        <Alert variant="destructive">
          <AlertDescription>{fileError}</AlertDescription>
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <section aria-labelledby={`${id}-preview`} className="grid gap-4">
          <h2 id={`${id}-preview`} className="font-medium">
            {t("preview", { valid: valid.length, invalid: invalid.length })}
          </h2>
          {invalid.length > 0 ? (
            <div
              role="region"
              aria-label={t("errors")}
              tabIndex={0}
              className="max-h-72 overflow-auto rounded-md border outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              <table className="w-full text-sm">
                <caption className="sr-only">{t("errors")}</caption>
                <thead className="sticky top-0 bg-muted">
                  <tr>
                    <th scope="col" className="px-2 py-1 text-left">
                      {t("row")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-left">
                      {t("errors")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invalid.slice(0, 200).map((r) => (
                    <tr key={r.line} className="border-t">
                      <th scope="row" className="px-2 py-1 text-left font-normal tabular-nums">
                        {r.line}
                      </th>
                      <td className="px-2 py-1">
                        {r.errors.map((e) => `${e.path}: ${message(e.message)}`).join(" · ")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-4">
            <Button
              type="button"
              onClick={start}
              disabled={valid.length === 0 || (progress !== null && totals === null)}
            >
              {t("start")}
            </Button>
            {progress !== null ? (
              <div className="grid min-w-64 gap-1">
                <Label htmlFor={`${id}-progress`}>{t("progress")}</Label>
                <progress
                  id={`${id}-progress`}
                  max={valid.length}
                  value={progress}
                  className="h-2 w-full accent-primary"
                />
              </div>
            ) : null}
          </div>
          <p role="status" className="text-sm">
            {totals ? t("done", totals) : ""}
          </p>
        </section>
      ) : null}
    </div>
  );
}
