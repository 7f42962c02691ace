import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditFiltersForm } from "@/components/audit/audit-filters-form";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { auditLogHref } from "@/components/audit/format";
import { Pagination } from "@/components/data-table/pagination";
import { firstSearchParams, pageCount } from "@/components/data-table/search-params";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { auditActionNames, listAuditEntries } from "@/lib/audit/queries";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The audit log (DPO and auditor): filters in the URL, server-side pagination, chain verification. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("audit:read");
  const filters = auditFiltersSchema.parse(firstSearchParams(await searchParams));
  const [{ entries, total, pageSize }, actions] = await Promise.all([
    listAuditEntries(actor, filters),
    auditActionNames(actor),
  ]);
  const pages = pageCount(total, pageSize);
  // A page past the end (fewer results since the link was made): go to the last one.
  if (filters.page > pages) redirect(auditLogHref(filters, pages));
  const t = await getTranslations();

  return (
    <div className="grid min-w-0 gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("audit.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("audit.description")}</p>
      </header>
      {can(actor.role, "audit:verify") ? <VerifyChainButton /> : null}
      <AuditFiltersForm filters={filters} actions={actions} />
      <section aria-labelledby="audit-results" className="grid min-w-0 gap-3">
        <h2 id="audit-results" className="text-sm font-medium">
          {t("common.results", { count: total })}
        </h2>
        <AuditLogTable entries={entries} />
        <Pagination
          page={filters.page}
          pages={pages}
          hrefFor={(page) => auditLogHref(filters, page)}
          label={t("audit.pagination.label")}
          previousLabel={t("audit.pagination.previous")}
          nextLabel={t("audit.pagination.next")}
        />
      </section>
    </div>
  );
}
