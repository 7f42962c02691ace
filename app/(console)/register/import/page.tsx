import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/register/import-panel";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.import");
  return { title: t("title") };
}

/** Import register entries from CSV or XLSX (DPO only). */
export default async function ImportPage() {
  await requirePermission("register:write");
  const t = await getTranslations("register.import");
  return (
    <div className="grid max-w-5xl min-w-0 gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </header>
      <ImportPanel />
    </div>
  );
}
