import { FileUp, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/data-table/pagination";
import { firstSearchParams, pageCount } from "@/components/data-table/search-params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DecreeNotice } from "@/components/register/decree-notice";
import { RegisterFiltersForm } from "@/components/register/register-filters-form";
import { RegisterTable } from "@/components/register/register-table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { registerFiltersSchema, registerHref } from "@/lib/register/list/filters";
import { listActivities, registerSummary } from "@/lib/register/queries";
import { isoDateInZone } from "@/lib/time/zone-days";
import { toLocale } from "@/lib/i18n/locale";
import { formatDay } from "@/lib/time/format-day";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The URL as requested (parameters in their order, empty ones included). */
function listHref(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return query ? `/register?${query}` : "/register";
}

/** The register (every role reads it; only the DPO writes): filters in the URL, server-side sort and pages. */
export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("register:read");
  const params = firstSearchParams(await searchParams);
  const filters = registerFiltersSchema.parse(params);
  // One URL per view: empty or malformed parameters are dropped, so a filtered view reloads identically.
  const canonical = registerHref(filters);
  if (listHref(params) !== canonical) redirect(canonical);
  const now = new Date();
  const [list, summary] = await Promise.all([listActivities(actor, filters, now), registerSummary(actor, now)]);
  const pages = pageCount(list.total, list.pageSize);
  if (filters.page > pages) redirect(registerHref(filters, { page: pages }));
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const canWrite = can(actor.role, "register:write") && !filters.asOf;

  // The list's messages are sent by the page, not by a layout: an entry's page (its own area) does not carry them.
  return (
    <ClientMessages area="register">
      <div className="grid min-w-0 gap-6">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-1">
            <h1 className="text-2xl font-semibold tracking-tight">
              {filters.asOf
                ? t("register.list.asOfTitle", {
                    date: formatDay(filters.asOf, locale),
                  })
                : t("register.title")}
            </h1>
            <p className="max-w-3xl text-muted-foreground">{t("register.description")}</p>
            <p className="text-sm font-medium">
              {summary.score === null
                ? t("register.list.registerCompletenessNone")
                : t("register.list.registerCompleteness", { score: summary.score, count: summary.entryCount })}
            </p>
          </div>
          {canWrite ? (
            <div className="flex gap-2">
              <Button asChild variant="outline">
                <Link href="/register/import">
                  <FileUp aria-hidden />
                  {t("register.list.import")}
                </Link>
              </Button>
              <Button asChild>
                <Link href="/register/new">
                  <Plus aria-hidden />
                  {t("register.list.new")}
                </Link>
              </Button>
            </div>
          ) : null}
        </header>
        {filters.asOf ? (
          <Alert>
            <AlertTitle>{t("register.list.asOfNotice")}</AlertTitle>
            <AlertDescription>
              <Link className="underline" href="/register">
                {t("register.list.backToCurrent")}
              </Link>
            </AlertDescription>
          </Alert>
        ) : null}
        <DecreeNotice today={filters.asOf ?? isoDateInZone(now)} />
        <RegisterFiltersForm filters={filters} />
        <section aria-labelledby="register-results" className="grid min-w-0 gap-3">
          <h2 id="register-results" className="text-sm font-medium">
            {t("common.results", { count: list.total })}
          </h2>
          <RegisterTable items={list.items} filters={filters} />
          <Pagination
            page={filters.page}
            pages={pages}
            hrefFor={(page) => registerHref(filters, { page })}
            label={t("register.list.pagination")}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
