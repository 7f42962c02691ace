import {
  ChartNoAxesColumn,
  FileClock,
  FileDown,
  LayoutDashboard,
  ListChecks,
  Radar,
  ShieldCheck,
  Users,
} from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/permissions";
import { navFor, type NavItem } from "@/lib/navigation";
import { NavLink } from "./nav-link";

const icons: Partial<Record<NavItem["key"], typeof LayoutDashboard>> = {
  overview: LayoutDashboard,
  consent: ListChecks,
  security: Radar,
  releases: ChartNoAxesColumn,
  exports: FileDown,
  auditLog: FileClock,
  users: Users,
};

export async function AppSidebar({ role }: { role: Role }) {
  const t = await getTranslations("nav");
  return (
    <aside className="border-b bg-sidebar text-sidebar-foreground md:min-h-screen md:w-60 md:shrink-0 md:border-r md:border-b-0">
      <div className="flex items-center gap-2 px-4 py-4">
        <ShieldCheck aria-hidden className="size-6 text-primary" />
        <span className="text-lg font-semibold tracking-tight">Vigie</span>
      </div>
      <nav aria-label={t("label")} className="px-2 pb-4">
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {navFor(role).map((item) => {
            const Icon = icons[item.key] ?? LayoutDashboard;
            return (
              <li key={item.key}>
                <NavLink href={item.href}>
                  <Icon aria-hidden className="size-4" />
                  {t(item.key)}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </aside>
  );
}
