import type { Permission, Role } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export interface NavItem {
  key: "overview" | "register" | "consent" | "incidents" | "security" | "releases" | "exports" | "auditLog" | "users";
  href: string;
  permission: Permission;
}

/**
 * The console's sections, in menu order. A section appears once its issue has
 * landed (no placeholder pages) and only for roles holding its permission.
 */
export const navItems: NavItem[] = [
  { key: "overview", href: "/", permission: "overview:read" },
  { key: "register", href: "/register", permission: "register:read" },
  { key: "consent", href: "/consent", permission: "consent:read" },
  { key: "incidents", href: "/incidents", permission: "incidents:read" },
  { key: "security", href: "/security", permission: "security:read" },
  { key: "releases", href: "/releases", permission: "releases:read" },
  { key: "exports", href: "/exports", permission: "exports:read" },
  { key: "auditLog", href: "/audit-log", permission: "audit:read" },
  { key: "users", href: "/users", permission: "users:manage" },
];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => can(role, item.permission));
}
