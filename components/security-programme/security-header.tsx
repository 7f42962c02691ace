import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

const TABS = [
  { key: "overview", href: "/security" },
  { key: "systems", href: "/security/systems" },
  { key: "audits", href: "/security/audits" },
  { key: "findings", href: "/security/findings" },
  { key: "settings", href: "/security/settings" },
] as const;

/** The area's title, its sections as links (the current one marked), and the page's own actions. */
export async function SecurityHeader({
  current,
  title,
  readOnly,
  actions,
}: {
  current: (typeof TABS)[number]["key"];
  title: string;
  readOnly: boolean;
  actions?: ReactNode;
}) {
  const t = await getTranslations("securityProgramme");
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <nav aria-label={t("tabs.label")}>
        <ul className="flex flex-wrap gap-1 border-b">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={cn(
                  "inline-block rounded-t-md px-3 py-2 text-sm hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                  tab.key === current ? "border-b-2 border-primary font-medium" : "text-muted-foreground",
                )}
              >
                {t(`tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {readOnly ? <p className="text-sm text-muted-foreground">{t("readOnly")}</p> : null}
    </div>
  );
}
