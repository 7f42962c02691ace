import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignCheckForm } from "@/components/consent/campaign-check-form";
import { CampaignChecksTable } from "@/components/consent/campaign-checks-table";
import { ConsentHeader, ConsentTabs } from "@/components/consent/consent-tabs";
import { requirePermission } from "@/lib/auth/session";
import { listCampaignChecks, listCampaignPurposes } from "@/lib/consent/campaigns/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns");
  return { title: t("title") };
}

/** Consentements → Vérifier une campagne (DPO): check a list, download what may be contacted, the history. */
export default async function CampaignChecksPage() {
  const actor = await requirePermission("consent:check");
  const [purposes, checks] = await Promise.all([listCampaignPurposes(actor), listCampaignChecks(actor)]);
  const t = await getTranslations("campaigns");
  return (
    <div className="grid min-w-0 gap-6">
      <ConsentHeader title={t("title")} description={t("description")} />
      <ConsentTabs actor={actor} current="campaigns" />
      <CampaignCheckForm purposes={purposes} />
      <CampaignChecksTable checks={checks} purposes={purposes} />
    </div>
  );
}
