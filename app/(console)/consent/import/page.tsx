import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentHeader, ConsentTabs } from "@/components/consent/consent-tabs";
import { CsvImport } from "@/components/consent/csv-import";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consent.import");
  return { title: t("title") };
}

/** CSV import of a consent platform's export (DPO: consent:write). */
export default async function ConsentImportPage() {
  const actor = await requirePermission("consent:write");
  const t = await getTranslations("consent.import");
  return (
    <div className="grid min-w-0 gap-6">
      <ConsentHeader title={t("title")} description={t("description")} />
      <ConsentTabs actor={actor} current="import" />
      <CsvImport />
    </div>
  );
}
