"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useMessage } from "@/components/forms/use-message";
import type { PreviewRow } from "@/lib/register/import/preview";

interface PreviewReport {
  rows: PreviewRow[];
  missingColumns: string[];
  unknownColumns: string[];
  validCount: number;
  total: number;
  importable: number;
}

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "processing" };

/** POST the file with upload progress (large files take a while to send and check). */
function send(
  file: File,
  mode: "preview" | "commit",
  onProgress: (phase: Phase) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/register/import?mode=${mode}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress({ kind: "uploading", percent: Math.round((100 * event.loaded) / event.total) });
    };
    request.upload.onload = () => onProgress({ kind: "processing" });
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) });
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () => reject(new Error("network"));
    const data = new FormData();
    data.set("file", file);
    request.send(data);
  });
}

/** Upload → preview with per-row, per-column errors → confirm → all-or-nothing import. */
export function ImportPanel() {
  const t = useTranslations("register.import");
  const message = useMessage();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [report, setReport] = useState<PreviewReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase.kind !== "idle";

  async function run(mode: "preview" | "commit") {
    if (!file) return;
    setError(null);
    setPhase({ kind: "uploading", percent: 0 });
    try {
      const { status, body } = await send(file, mode, setPhase);
      const result = body as {
        error?: string;
        ok?: boolean;
        message?: string;
        data?: { count: number };
      } & PreviewReport;
      if (status >= 400 || result.ok === false)
        setError(message(result.error ?? result.message, "register.import.failed"));
      else if (mode === "preview") setReport(result);
      else {
        toast.success(t("done", { count: result.data?.count ?? 0 }));
        router.push("/register");
        router.refresh();
      }
    } catch {
      setError(t("failed"));
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  const rowsWithErrors = report?.rows.filter((row) => row.errors.length > 0) ?? [];
  return (
    <div className="grid gap-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run("preview");
        }}
      >
        <div className="grid gap-2">
          <label htmlFor="import-file" className="text-sm font-medium">
            {t("file")}
          </label>
          <Input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </div>
        <Button type="submit" disabled={!file || busy}>
          {t("preview")}
        </Button>
      </form>
      {phase.kind !== "idle" ? (
        <div role="status" className="grid gap-2 text-sm">
          {phase.kind === "uploading" ? t("uploading", { percent: phase.percent }) : t("processing")}
          <progress
            className="w-full"
            max={100}
            value={phase.kind === "uploading" ? phase.percent : undefined}
            aria-label={t("processing")}
          />
        </div>
      ) : null}
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{error}</AlertTitle>
        </Alert>
      ) : null}
      {report ? (
        <section aria-labelledby="import-report" className="grid gap-3">
          <h2 id="import-report" className="font-medium">
            {t("summary", { valid: report.validCount, total: report.total })}
          </h2>
          {report.missingColumns.length ? (
            <p className="text-sm text-destructive">
              {t("missingColumns", { columns: report.missingColumns.join(", ") })}
            </p>
          ) : null}
          {report.unknownColumns.length ? (
            <p className="text-sm">{t("unknownColumns", { columns: report.unknownColumns.join(", ") })}</p>
          ) : null}
          {report.importable > 0 ? (
            <div>
              <Button type="button" disabled={busy} onClick={() => void run("commit")}>
                {t("confirm", { count: report.importable })}
              </Button>
            </div>
          ) : (
            <Alert>
              <AlertDescription>{t("blocked")}</AlertDescription>
            </Alert>
          )}
          {rowsWithErrors.length ? (
            <div role="region" aria-label={t("rowsLabel")} tabIndex={0} className="overflow-x-auto rounded-md border">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("rowsLabel")}</caption>
                <thead>
                  <tr className="border-b text-left">
                    <th scope="col" className="p-2">
                      {t("line")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("name")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("column")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("error")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rowsWithErrors.flatMap((row) =>
                    row.errors.map((e, i) => (
                      <tr key={`${row.line}-${i}`} className="border-b last:border-0">
                        <td className="p-2">{row.line}</td>
                        <td className="p-2">{row.name}</td>
                        <td className="p-2 font-mono text-xs">
                          {e.column} ({e.path})
                        </td>
                        <td className="p-2">{message(e.message)}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
