import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { campaignChecks, consentPurposes } from "@/db/schema";
import { ROLLUP_TIME_ZONE } from "../ingest/rollup";
import type { CampaignSummaryDTO } from "./dto";

/**
 * Per purpose, the campaign checks of the days `from`–`to` (organisation's zone): how many lists,
 * references received and refused. Unsafe: no permission (the dashboard's reader holds consent:read).
 */
export async function unsafeCampaignSummary(
  db: Executor,
  scope: { purposeIds: readonly string[] | null; from: string; to: string },
): Promise<CampaignSummaryDTO[]> {
  const start = sql`(${scope.from}::date)::timestamp at time zone ${ROLLUP_TIME_ZONE}`;
  const end = sql`(${scope.to}::date + 1)::timestamp at time zone ${ROLLUP_TIME_ZONE}`;
  const rows = await db
    .select({
      key: consentPurposes.key,
      lists: sql<number>`count(*)::int`,
      received: sql<number>`sum(${campaignChecks.received})::int`,
      allowed: sql<number>`sum(${campaignChecks.allowed})::int`,
      refused: sql<number>`sum(${campaignChecks.refused})::int`,
    })
    .from(campaignChecks)
    .innerJoin(consentPurposes, eq(consentPurposes.id, campaignChecks.purposeId))
    .where(
      and(
        gte(campaignChecks.checkedAt, start as never),
        lt(campaignChecks.checkedAt, end as never),
        scope.purposeIds ? inArray(campaignChecks.purposeId, [...scope.purposeIds]) : undefined,
      ),
    )
    .groupBy(consentPurposes.key)
    .orderBy(asc(consentPurposes.key));
  return rows.map((r) => ({
    key: r.key,
    lists: Number(r.lists),
    received: Number(r.received),
    allowed: Number(r.allowed),
    refused: Number(r.refused),
  }));
}
