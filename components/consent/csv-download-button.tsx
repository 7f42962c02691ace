"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { dashboardCsv } from "@/lib/consent/dashboard/csv";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";

/** Downloads the figures on screen, built from the very data the page renders. */
export function CsvDownloadButton({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.csv");
  function download() {
    const blob = new Blob([dashboardCsv(data)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `vigie-consent-${data.filters.from}-${data.filters.to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Button type="button" variant="outline" onClick={download}>
      <Download aria-hidden />
      {t("download")}
    </Button>
  );
}
