import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A table's filters as a plain GET form: they live in the URL, work without JavaScript, and
 * submitting starts again from page 1 (hidden inputs among `children` keep the sort).
 */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className="grid gap-4 rounded-xl border bg-card p-4"
    >
      {children}
    </form>
  );
}

/** "Filter" (submits) and "Reset" (back to the unfiltered table at `resetHref`). */
export async function FilterButtons({ resetHref }: { resetHref: string }) {
  const t = await getTranslations();
  return (
    <>
      <Button type="submit">{t("common.filter")}</Button>
      <Button asChild variant="outline">
        <Link href={resetHref}>{t("common.reset")}</Link>
      </Button>
    </>
  );
}
