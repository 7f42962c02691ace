import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { firstSearchParams } from "@/components/data-table/search-params";
import { ActivityActions } from "@/components/register/activity-actions";
import { StatusBadge } from "@/components/register/badges";
import { CompletenessPanel } from "@/components/register/completeness-panel";
import { ConsentPurposesPanel } from "@/components/register/consent-purposes-panel";
import { DpiaPanel } from "@/components/register/dpia-panel";
import { EntryView } from "@/components/register/entry-view";
import { HistoryPanel } from "@/components/register/history-panel";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { listPurposesServingEntry } from "@/lib/consent/queries";
import { requirePermission } from "@/lib/auth/session";
import { assessCompleteness, isoDateInZone } from "@/lib/register/completeness/completeness";
import { screenDpia } from "@/lib/register/dpia/dpia";
import { diffVersions, getActivity, getVersion, listVersions } from "@/lib/register/queries";
import { checkRetention } from "@/lib/register/completeness/retention";

type Params = Promise<{ reference: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await params).reference };
}

const versionParam = z.coerce.number().int().positive().optional().catch(undefined);

/** One entry: content, completeness, DPIA screening, retention warnings, the consent purposes it serves, history and diff. */
export default async function ActivityPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePermission("register:read");
  const { reference } = await params;
  const current = await getActivity(actor, reference);
  if (!current) notFound();
  const query = firstSearchParams(await searchParams);
  const versions = await listVersions(actor, reference);
  const shownVersion = versionParam.parse(query.version);
  const past =
    shownVersion && shownVersion !== current.version ? await getVersion(actor, reference, shownVersion) : null;
  const entry = past ?? current.content;
  const latest = current.version;
  const compared = {
    from: versionParam.parse(query.from) ?? Math.max(1, latest - 1),
    to: versionParam.parse(query.to) ?? latest,
  };
  const diff = versions.length > 1 ? await diffVersions(actor, reference, compared.from, compared.to) : null;
  const consentPurposes = can(actor.role, "consent:read") ? await listPurposesServingEntry(actor, reference) : null;
  const now = new Date();
  const t = await getTranslations("register");

  return (
    <div className="grid min-w-0 gap-6">
      <header className="grid gap-3">
        <p className="text-sm">
          <Link href="/register" className="underline-offset-4 hover:underline">
            {t("title")}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            {reference} — {entry.name}
          </h1>
          <StatusBadge status={entry.status} />
          <span className="text-sm text-muted-foreground">
            {t("detail.version", { version: past ? shownVersion! : latest })}
          </span>
        </div>
        {past ? (
          <Alert>
            <AlertTitle>
              <Link href={`/register/${reference}`} className="underline">
                {t("list.backToCurrent")}
              </Link>
            </AlertTitle>
          </Alert>
        ) : can(actor.role, "register:write") ? (
          <ActivityActions reference={reference} version={latest} status={current.status} />
        ) : null}
      </header>
      <div className="grid gap-6 xl:grid-cols-2">
        <CompletenessPanel assessment={assessCompleteness(entry, { now })} />
        <DpiaPanel
          screening={screenDpia({ ...entry.dpia, dataCategories: entry.dataCategories })}
          dpia={entry.dpia}
          warnings={checkRetention(entry, { on: isoDateInZone(now) })}
        />
      </div>
      <EntryView entry={entry} />
      {consentPurposes ? <ConsentPurposesPanel purposes={consentPurposes} entryStatus={current.status} /> : null}
      <HistoryPanel reference={reference} versions={versions} compared={compared} diff={diff} />
    </div>
  );
}
