import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentHeader, ConsentTabs } from "@/components/consent/consent-tabs";
import { LookupForm } from "@/components/consent/lookup-form";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consent.lookup");
  return { title: t("title") };
}

/** Proof lookup (DPO and auditor): each lookup is written to the audit log by the action. */
export default async function ConsentLookupPage() {
  const actor = await requirePermission("consent:lookup");
  const t = await getTranslations("consent.lookup");
  return (
    <div className="grid min-w-0 gap-6">
      <ConsentHeader title={t("title")} description={t("description")} />
      <ConsentTabs actor={actor} current="lookup" />
      <LookupForm />
    </div>
  );
}
