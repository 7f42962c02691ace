/** Shapes of the campaign checks sent to the client: types only. */
import type { ConsentPurposeKind } from "@/db/schema/consent";
import type { CheckCounts } from "./answer";

export interface CampaignCheckDTO {
  id: string;
  purposeKey: string;
  channel: string;
  campaign: string;
  received: number;
  distinct: number;
  allowed: number;
  refused: number;
  unknown: number;
  via: "api" | "ui";
  /** The API key's name or the user's name. */
  requester: string;
  listSha256: string;
  checkedAt: string;
}

export interface CampaignPurposeDTO {
  key: string;
  kind: ConsentPurposeKind;
  labelFr: string;
  labelEn: string;
  campaignChannels: string[];
}

/** The dashboard's per-purpose figures of the period. */
export interface CampaignSummaryDTO {
  key: string;
  lists: number;
  received: number;
  allowed: number;
  refused: number;
}

export type { CheckCounts };
