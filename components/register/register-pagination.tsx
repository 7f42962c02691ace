import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { registerHref, type RegisterFilters } from "@/lib/register/list-filters";

/** Previous / next links that keep the filters and the sort. */
export async function RegisterPagination({ filters, pages }: { filters: RegisterFilters; pages: number }) {
  const t = await getTranslations();
  const page = filters.page;
  const link = (target: number, rel: "prev" | "next", children: React.ReactNode) =>
    target >= 1 && target <= pages ? (
      <Button asChild variant="outline" size="sm">
        <Link href={registerHref(filters, { page: target })} rel={rel}>
          {children}
        </Link>
      </Button>
    ) : (
      <Button type="button" variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  return (
    <nav aria-label={t("register.list.pagination")} className="flex flex-wrap items-center justify-between gap-3">
      {link(page - 1, "prev", <><ChevronLeft aria-hidden />{t("common.previous")}</>)}
      <p className="text-sm text-muted-foreground">{t("common.page", { page, pages })}</p>
      {link(page + 1, "next", <>{t("common.next")}<ChevronRight aria-hidden /></>)}
    </nav>
  );
}
