import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiKeys, campaignChecks, consentPurposes, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { CampaignCheckDTO, CampaignPurposeDTO } from "./dto";

/** The last campaign checks, newest first, with who asked (a key's name or a user's name). */
export async function listCampaignChecks(actor: Actor, limit = 50): Promise<CampaignCheckDTO[]> {
  assertCan(actor, "consent:check");
  const rows = await getDb()
    .select({
      id: campaignChecks.id,
      purposeKey: consentPurposes.key,
      channel: campaignChecks.channel,
      campaign: campaignChecks.campaign,
      received: campaignChecks.received,
      distinct: campaignChecks.distinctRefs,
      allowed: campaignChecks.allowed,
      refused: campaignChecks.refused,
      unknown: campaignChecks.unknown,
      via: campaignChecks.via,
      keyName: apiKeys.name,
      userName: users.name,
      listSha256: campaignChecks.listSha256,
      checkedAt: campaignChecks.checkedAt,
    })
    .from(campaignChecks)
    .innerJoin(consentPurposes, eq(consentPurposes.id, campaignChecks.purposeId))
    .leftJoin(apiKeys, eq(apiKeys.id, campaignChecks.apiKeyId))
    .leftJoin(users, eq(users.id, campaignChecks.userId))
    .orderBy(desc(campaignChecks.checkedAt))
    .limit(limit);
  return rows.map(({ keyName, userName, checkedAt, ...row }) => ({
    ...row,
    requester: (row.via === "api" ? keyName : userName) ?? "",
    checkedAt: checkedAt.toISOString(),
  }));
}

/** Active purposes with at least one campaign channel: what the check form offers. */
export async function listCampaignPurposes(actor: Actor): Promise<CampaignPurposeDTO[]> {
  assertCan(actor, "consent:check");
  const rows = await getDb()
    .select({
      key: consentPurposes.key,
      kind: consentPurposes.kind,
      labelFr: consentPurposes.labelFr,
      labelEn: consentPurposes.labelEn,
      campaignChannels: consentPurposes.campaignChannels,
    })
    .from(consentPurposes)
    .where(eq(consentPurposes.isActive, true))
    .orderBy(asc(consentPurposes.key));
  return rows.filter((row) => row.campaignChannels.length > 0);
}
