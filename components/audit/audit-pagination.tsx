import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/audit/schemas";
import { auditLogHref } from "./format";

/** Previous / next page links that keep the filters, and "Page X of Y". */
export async function AuditPagination({ filters, page, pages }: { filters: AuditFilters; page: number; pages: number }) {
  const t = await getTranslations();
  const previous = page > 1 ? auditLogHref(filters, Math.min(page - 1, pages)) : null;
  const next = page < pages ? auditLogHref(filters, page + 1) : null;
  return (
    <nav aria-label={t("audit.pagination.label")} className="flex flex-wrap items-center justify-between gap-3">
      {previous ? (
        <Button asChild variant="outline" size="sm">
          <Link href={previous} rel="prev">
            <ChevronLeft aria-hidden />
            {t("audit.pagination.previous")}
          </Link>
        </Button>
      ) : (
        <Button type="button" variant="outline" size="sm" disabled>
          <ChevronLeft aria-hidden />
          {t("audit.pagination.previous")}
        </Button>
      )}
      <p className="text-sm text-muted-foreground">
        {t("common.page", { page, pages })}
      </p>
      {next ? (
        <Button asChild variant="outline" size="sm">
          <Link href={next} rel="next">
            {t("audit.pagination.next")}
            <ChevronRight aria-hidden />
          </Link>
        </Button>
      ) : (
        <Button type="button" variant="outline" size="sm" disabled>
          {t("audit.pagination.next")}
          <ChevronRight aria-hidden />
        </Button>
      )}
    </nav>
  );
}
