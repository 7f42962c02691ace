import type { ConsentPurposeKind } from "@/db/schema/consent";
import type { CampaignSummaryDTO } from "../campaigns/dto";
import type { DashboardFilters } from "./filters";
import type { PurposeFigure } from "../purposes/kinds";
import type { SpikeDriver, WithdrawalSpike } from "./spikes";

/** Shapes sent to the client (client-safe, types only). */
export interface PurposeOptionDTO {
  key: string;
  /** For an objection purpose (opt-out), "opted in" means "not objecting": a withdrawal is an objection, a grant lifts it. */
  kind: ConsentPurposeKind;
  labelFr: string;
  labelEn: string;
  isActive: boolean;
}

export interface DashboardDTO {
  filters: DashboardFilters;
  purposes: PurposeOptionDTO[];
  /** Opted in now (all channels) and the rate against subscribers ever asked, in %. */
  current: { key: string; optedIn: number; everAsked: number; rate: number | null }[];
  /** Opted-in subscribers per purpose key at the end of each bucket. */
  optedInSeries: { bucket: string; values: Record<string, number> }[];
  /** Subscribers asked at least once per purpose key by the end of each bucket: the denominator of the rate view. */
  askedSeries: { bucket: string; values: Record<string, number> }[];
  /**
   * Per bucket and channel: grants that opt a subscriber in (first or again), first refusals, and
   * effective withdrawals (opted in → out). Repeated answers (a STOP from someone not opted in)
   * are no flow (issue 15.5).
   */
  flows: { bucket: string; channel: string; grants: number; refusals: number; withdrawals: number }[];
  /** Spikes in effective withdrawals, with the purposes × channels that drove them. */
  spikes: (WithdrawalSpike & { drivers: SpikeDriver[] })[];
  versions: { key: string; textVersion: string; grants: number; refusals: number; withdrawals: number }[];
  /** Per purpose, the campaign lists checked in the period (issue 17) and the references refused. */
  campaignChecks: CampaignSummaryDTO[];
}

/** The overview card: opted-in rate per purpose and its weekly opted-in count over the last 12 weeks. */
export interface ConsentOverviewDTO {
  purposes: {
    key: string;
    /** Consent purposes and objection purposes are shown apart. */
    kind: ConsentPurposeKind;
    labelFr: string;
    labelEn: string;
    /** Subscribers opted in (for an objection purpose: not objecting), as the sparkline plots them. */
    optedIn: number;
    /** The headline: consenting (consent purpose) or objecting (objection purpose), with its share. */
    measure: PurposeFigure["measure"];
    count: number;
    rate: number | null;
    /** Opted in (not objecting, for an objection purpose) at the end of each of the last 12 weeks. */
    sparkline: number[];
    /** Linked register entries that are not active: the purpose collects consents for a draft. */
    inactiveRegisterRefs: string[];
  }[];
}
