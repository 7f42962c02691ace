import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/register/form/activity-form";
import { requirePermission } from "@/lib/auth/session";
import { getActivity } from "@/lib/register/queries";

type Params = Promise<{ reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("register.form");
  return { title: t("editTitle", { reference: (await params).reference }) };
}

/** Edit an entry (DPO only); retired entries are read-only. The form carries the version it started from. */
export default async function EditActivityPage({ params }: { params: Params }) {
  const actor = await requirePermission("register:write");
  const { reference } = await params;
  const entry = await getActivity(actor, reference);
  if (!entry || entry.status === "retired") notFound();
  const t = await getTranslations("register.form");
  return (
    <div className="grid max-w-5xl min-w-0 gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">
        {t("editTitle", { reference })} — {entry.content.name}
      </h1>
      <ActivityForm key={entry.version} initial={entry.content} reference={reference} version={entry.version} />
    </div>
  );
}
