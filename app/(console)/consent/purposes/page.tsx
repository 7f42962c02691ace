import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentHeader, ConsentTabs } from "@/components/consent/consent-tabs";
import { PurposeDialog } from "@/components/consent/purpose-dialog";
import { PurposesList } from "@/components/consent/purposes-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listPurposes } from "@/lib/consent/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consent.purposes");
  return { title: t("title") };
}

/** The purposes catalogue: the DPO writes, everyone else reads. */
export default async function ConsentPurposesPage() {
  const actor = await requirePermission("consent:read");
  const [purposes, t] = await Promise.all([listPurposes(actor), getTranslations("consent.purposes")]);
  const canWrite = can(actor.role, "consent:write");
  return (
    <div className="grid min-w-0 gap-6">
      <ConsentHeader title={t("title")} description={t("description")} />
      <ConsentTabs actor={actor} current="purposes" />
      {canWrite ? (
        <div>
          <PurposeDialog />
        </div>
      ) : null}
      <PurposesList purposes={purposes} canWrite={canWrite} />
    </div>
  );
}
