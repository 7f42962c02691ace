import { asc, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { consentPurposes } from "@/db/schema";
import { readAll } from "@/lib/read-all";
import { unsafeCampaignSummary } from "../campaigns/summary";
import { bucketOf, daysBetween } from "./buckets";
import { addDays, type DashboardFilters } from "./filters";
import type { DashboardDTO, PurposeOptionDTO } from "./types";
import { DEFAULT_SPIKE_RULE, findWithdrawalSpikes, spikeDrivers, type SpikeDriverRow } from "./spikes";

/** `column = any(array)`; `null` values means no restriction. One array parameter keeps the index usable. */
const anyOf = (column: SQL, values: readonly string[] | null, type: "uuid" | "text") =>
  values === null
    ? sql`true`
    : sql`${column} = any(${`{${values.map((v) => `"${v}"`).join(",")}}`}::${sql.raw(type)}[])`;

const ANSWER_SUMS = sql.raw(`sum(first_grants + regrants)::int as grants, sum(first_refusals)::int as refusals,
  sum(effective_withdrawals)::int as withdrawals`);

interface AnswerCounts {
  grants: number;
  refusals: number;
  withdrawals: number;
}
const answerCounts = (row: AnswerCounts): AnswerCounts => ({
  grants: Number(row.grants),
  refusals: Number(row.refusals),
  withdrawals: Number(row.withdrawals),
});
const isEmpty = (row: AnswerCounts) => row.grants === 0 && row.refusals === 0 && row.withdrawals === 0;

/** What one dashboard reading covers: purposes and channels (null = all) and the days to read. */
export interface DashboardScope {
  purposeIds: readonly string[] | null;
  channels: readonly string[] | null;
  from: string;
  to: string;
  /** The first day the spike detection needs (its trailing window before `from`). */
  spikeFrom: string;
}

/**
 * The four reads behind the dashboard, each from the daily rollups only (never from raw
 * events); one function each so that the benchmark can time them one by one. Current
 * figures cover all channels; flows and text versions follow the channel filter.
 */
export function dashboardQueries(db: Executor, scope: DashboardScope) {
  const purposeIn = anyOf(sql`purpose_id`, scope.purposeIds, "uuid");
  const channelIn = anyOf(sql`channel`, scope.channels, "text");
  return {
    current: () =>
      db.execute(sql`select purpose_id, sum(net_opted_in)::int as opted_in, sum(first_asked)::int as asked,
          coalesce(sum(net_opted_in) filter (where day < ${scope.from}::date), 0)::int as base,
          coalesce(sum(first_asked) filter (where day < ${scope.from}::date), 0)::int as asked_base
        from consent_daily where ${purposeIn} group by purpose_id`),
    optedInNets: () =>
      db.execute(sql`select purpose_id, day::text as day, sum(net_opted_in)::int as net,
          sum(first_asked)::int as asked from consent_daily
        where ${purposeIn} and day between ${scope.from}::date and ${scope.to}::date group by 1, 2`),
    // Grants that opt in (first or again), first refusals, and withdrawals from opted in; repeats are no flow.
    flows: () =>
      db.execute(sql`select day::text as day, channel, purpose_id, ${ANSWER_SUMS} from consent_daily
        where ${purposeIn} and ${channelIn} and day between ${scope.spikeFrom}::date and ${scope.to}::date group by 1, 2, 3`),
    versions: () =>
      db.execute(sql`select purpose_id, text_version, ${ANSWER_SUMS} from consent_daily
        where ${purposeIn} and ${channelIn} and day between ${scope.from}::date and ${scope.to}::date group by 1, 2 order by 1, 2`),
  };
}

/** The purposes and the scope of a reading with these filters. */
export async function dashboardScope(db: Executor, filters: DashboardFilters) {
  const all = await db.select().from(consentPurposes).orderBy(asc(consentPurposes.key));
  const selected = filters.purposes.length ? all.filter((p) => filters.purposes.includes(p.key)) : all;
  const scope: DashboardScope = {
    purposeIds: filters.purposes.length ? selected.map((p) => p.id) : null,
    channels: filters.channels.length ? filters.channels : null,
    from: filters.from,
    to: filters.to,
    spikeFrom: addDays(filters.from, -DEFAULT_SPIKE_RULE.window),
  };
  return { all, selected, scope };
}

/** Every figure of the consent dashboard, read from the daily rollups only. Unsafe: no permission check, callers hold consent:read (or are the bench). */
export async function unsafeReadDashboard(db: Executor, filters: DashboardFilters): Promise<DashboardDTO> {
  const { all, selected, scope } = await dashboardScope(db, filters);
  const purposes: PurposeOptionDTO[] = all.map((p) => ({
    key: p.key,
    kind: p.kind,
    labelFr: p.labelFr,
    labelEn: p.labelEn,
    isActive: p.isActive,
  }));
  const keyOf = new Map(all.map((p) => [p.id, p.key]));
  const spikeFrom = scope.spikeFrom;
  const queries = dashboardQueries(db, scope);
  const [current, nets, flows, versions, campaignChecks] = await readAll(db, [
    () => queries.current(),
    () => queries.optedInNets(),
    () => queries.flows(),
    () => queries.versions(),
    () => unsafeCampaignSummary(db, scope),
  ] as const);

  const currentRows = rowsOf<{ purpose_id: string; opted_in: number; asked: number; base: number; asked_base: number }>(
    current,
  );
  const days = daysBetween(filters.from, filters.to);
  const running = new Map(selected.map((p) => [p.key, 0]));
  const asked = new Map(selected.map((p) => [p.key, 0]));
  for (const row of currentRows) {
    running.set(keyOf.get(row.purpose_id)!, Number(row.base));
    asked.set(keyOf.get(row.purpose_id)!, Number(row.asked_base));
  }
  const netByDay = new Map<string, Map<string, { net: number; asked: number }>>();
  for (const row of rowsOf<{ purpose_id: string; day: string; net: number; asked: number }>(nets)) {
    const map = netByDay.get(row.day) ?? new Map<string, { net: number; asked: number }>();
    map.set(keyOf.get(row.purpose_id)!, { net: Number(row.net), asked: Number(row.asked) });
    netByDay.set(row.day, map);
  }
  // Opted in, and asked so far, at the end of each bucket (or at the period's end for the last one).
  const series = new Map<string, Record<string, number>>();
  const askedSeries = new Map<string, Record<string, number>>();
  for (const day of days) {
    for (const [key, change] of netByDay.get(day) ?? []) {
      running.set(key, (running.get(key) ?? 0) + change.net);
      asked.set(key, (asked.get(key) ?? 0) + change.asked);
    }
    series.set(bucketOf(day, filters.granularity), Object.fromEntries(running));
    askedSeries.set(bucketOf(day, filters.granularity), Object.fromEntries(asked));
  }

  const flowRows = rowsOf<{ day: string; channel: string; purpose_id: string } & AnswerCounts>(flows);
  const flowMap = new Map<string, DashboardDTO["flows"][number]>();
  const withdrawalsByDay = new Map<string, number>();
  const driverRows: SpikeDriverRow[] = [];
  for (const row of flowRows) {
    const counts = answerCounts(row);
    withdrawalsByDay.set(row.day, (withdrawalsByDay.get(row.day) ?? 0) + counts.withdrawals);
    driverRows.push({
      day: row.day,
      key: keyOf.get(row.purpose_id)!,
      channel: row.channel,
      withdrawals: counts.withdrawals,
    });
    if (row.day < filters.from) continue;
    const bucket = bucketOf(row.day, filters.granularity);
    const id = `${bucket}|${row.channel}`;
    const entry = flowMap.get(id) ?? { bucket, channel: row.channel, grants: 0, refusals: 0, withdrawals: 0 };
    entry.grants += counts.grants;
    entry.refusals += counts.refusals;
    entry.withdrawals += counts.withdrawals;
    flowMap.set(id, entry);
  }
  const spikeSeries = daysBetween(spikeFrom, filters.to).map((day) => ({
    day,
    withdrawals: withdrawalsByDay.get(day) ?? 0,
  }));

  return {
    filters,
    purposes,
    current: selected.map((p) => {
      const row = currentRows.find((r) => r.purpose_id === p.id);
      const optedIn = Number(row?.opted_in ?? 0);
      const everAsked = Number(row?.asked ?? 0);
      return {
        key: p.key,
        optedIn,
        everAsked,
        rate: everAsked > 0 ? Math.round((optedIn / everAsked) * 1000) / 10 : null,
      };
    }),
    optedInSeries: [...series.entries()].map(([bucket, values]) => ({ bucket, values })),
    askedSeries: [...askedSeries.entries()].map(([bucket, values]) => ({ bucket, values })),
    flows: [...flowMap.values()]
      .filter((flow) => !isEmpty(flow))
      .sort((a, b) => a.bucket.localeCompare(b.bucket) || a.channel.localeCompare(b.channel)),
    spikes: findWithdrawalSpikes(spikeSeries)
      .filter((s) => s.day >= filters.from)
      .map((spike) => ({ ...spike, drivers: spikeDrivers(driverRows, spike.day) })),
    versions: rowsOf<{ purpose_id: string; text_version: string } & AnswerCounts>(versions)
      .map((r) => ({ key: keyOf.get(r.purpose_id)!, textVersion: r.text_version, ...answerCounts(r) }))
      .filter((version) => !isEmpty(version)),
    campaignChecks,
  };
}
