import "server-only";
import { getDb, type Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { addDays, type DashboardFilters } from "./filters";
import { consentPurposes } from "@/db/schema";
import { purposeFigure } from "../purposes/kinds";
import { inactiveRegisterRefs, unsafeLoadRegisterStatuses } from "../purposes/register-status";
import { unsafeReadDashboard } from "./read";
import type { ConsentOverviewDTO, DashboardDTO } from "./types";

/** The consent dashboard for an actor holding consent:read (rollups only: see unsafeReadDashboard). */
export async function consentDashboard(actor: Actor, filters: DashboardFilters): Promise<DashboardDTO> {
  assertCan(actor, "consent:read");
  return unsafeReadDashboard(getDb(), filters);
}

/** The overview card, from the same rollups: all active purposes, last 12 weeks by week. */
export async function consentOverview(actor: Actor, today: string): Promise<ConsentOverviewDTO> {
  assertCan(actor, "consent:read");
  return unsafeConsentOverview(getDb(), today);
}

/** The overview card's figures. Unsafe: no permission check (callers hold consent:read). */
export async function unsafeConsentOverview(db: Executor, today: string): Promise<ConsentOverviewDTO> {
  const dashboard = await unsafeReadDashboard(db, {
    from: addDays(today, -83),
    to: today,
    purposes: [],
    channels: [],
    granularity: "week",
  });
  const active = dashboard.purposes.filter((p) => p.isActive);
  const links = await db
    .select({ key: consentPurposes.key, registerRefs: consentPurposes.registerRefs })
    .from(consentPurposes);
  const statuses = await unsafeLoadRegisterStatuses(db, links);
  return {
    purposes: active.map((p) => {
      const current = dashboard.current.find((c) => c.key === p.key);
      const optedIn = current?.optedIn ?? 0;
      return {
        key: p.key,
        kind: p.kind,
        labelFr: p.labelFr,
        labelEn: p.labelEn,
        optedIn,
        ...purposeFigure(p.kind, optedIn, current?.everAsked ?? 0),
        sparkline: dashboard.optedInSeries.map((s) => s.values[p.key] ?? 0),
        inactiveRegisterRefs: inactiveRegisterRefs(links.find((l) => l.key === p.key)?.registerRefs ?? [], statuses),
      };
    }),
  };
}
