import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";

const tabs: {
  key: "dashboard" | "purposes" | "lookup" | "import" | "campaigns";
  href: string;
  permission: Permission;
}[] = [
  { key: "dashboard", href: "/consent", permission: "consent:read" },
  { key: "purposes", href: "/consent/purposes", permission: "consent:read" },
  { key: "lookup", href: "/consent/lookup", permission: "consent:lookup" },
  { key: "import", href: "/consent/import", permission: "consent:write" },
  { key: "campaigns", href: "/consent/campaigns", permission: "consent:check" },
];

/** Links between the consent pages the actor may open, styled as tabs. */
export async function ConsentTabs({ actor, current }: { actor: Actor; current: (typeof tabs)[number]["key"] }) {
  const t = await getTranslations("consent.tabs");
  return (
    <nav aria-label={t("label")}>
      <ul className="inline-flex flex-wrap items-center gap-1 rounded-lg bg-muted p-1 text-sm">
        {tabs
          .filter((tab) => can(actor.role, tab.permission))
          .map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={cn(
                  "inline-flex h-8 items-center rounded-md px-3 font-medium text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  tab.key === current && "bg-background text-foreground shadow-sm",
                )}
              >
                {t(tab.key)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** The heading block shared by the consent pages. */
export async function ConsentHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="grid gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="max-w-3xl text-muted-foreground">{description}</p>
    </header>
  );
}
