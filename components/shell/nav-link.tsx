"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * No prefetch: the proxy re-issues the session cookie on every request, so a prefetch still in
 * flight when the person signs out would put the cookie back (seen with e2e sign-out).
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={active ? "page" : undefined}
      data-slot="nav-link"
      // Base styles in app/globals.css ([data-slot="nav-link"]): not repeated on every link of every page.
      className={active ? "bg-sidebar-accent text-sidebar-accent-foreground" : undefined}
    >
      {children}
    </Link>
  );
}
