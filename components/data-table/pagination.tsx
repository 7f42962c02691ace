import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * Previous / next links and "Page X of Y" for a server-paginated table. `hrefFor` builds a page's
 * URL so that the filters and the sort are kept; a page past the end steps back to the last one.
 */
export async function Pagination({
  page,
  pages,
  hrefFor,
  label,
  previousLabel,
  nextLabel,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** The accessible name of the navigation landmark. */
  label: string;
  /** "Previous" / "Next" unless told otherwise. */
  previousLabel?: string;
  nextLabel?: string;
}) {
  const t = await getTranslations();
  const link = (href: string | null, rel: "prev" | "next", children: ReactNode) =>
    href ? (
      <Button asChild variant="outline" size="sm">
        <Link href={href} rel={rel}>
          {children}
        </Link>
      </Button>
    ) : (
      <Button type="button" variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {link(
        page > 1 ? hrefFor(Math.min(page - 1, pages)) : null,
        "prev",
        <>
          <ChevronLeft aria-hidden />
          {previousLabel ?? t("common.previous")}
        </>,
      )}
      <p className="text-sm text-muted-foreground">{t("common.page", { page, pages })}</p>
      {link(
        page < pages ? hrefFor(page + 1) : null,
        "next",
        <>
          {nextLabel ?? t("common.next")}
          <ChevronRight aria-hidden />
        </>,
      )}
    </nav>
  );
}
