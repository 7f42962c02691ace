import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

const tabs = [
  { key: "users", href: "/users" },
  { key: "apiKeys", href: "/users/api-keys" },
] as const;

/** Links between the two access-administration pages, styled as tabs; the current one carries aria-current. */
export async function AdminTabs({ current }: { current: (typeof tabs)[number]["key"] }) {
  const t = await getTranslations("users.tabs");
  return (
    <nav aria-label={t("label")}>
      <ul className="inline-flex items-center gap-1 rounded-lg bg-muted p-1 text-sm">
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-8 items-center rounded-md px-3 font-medium text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active && "bg-background text-foreground shadow-sm",
                )}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
