import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/register/form/activity-form";
import { requirePermission } from "@/lib/auth/session";
import { createEmptyProcessingActivity } from "@/lib/register/entry/defaults";
import { getOrganisationDefaults } from "@/lib/register/entry/organisation-defaults";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.form");
  return { title: t("newTitle") };
}

/** A new draft entry (DPO only), prefilled with the organisation and its DPO. */
export default async function NewActivityPage() {
  const actor = await requirePermission("register:write");
  const t = await getTranslations("register.form");
  const defaults = await getOrganisationDefaults(actor);
  return (
    <div className="grid max-w-5xl min-w-0 gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
      <ActivityForm initial={{ ...createEmptyProcessingActivity(""), ...defaults }} />
    </div>
  );
}
