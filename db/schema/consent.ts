import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { apiKeys, users } from "./users";

/**
 * Consent at operator scale. The append-only, month-partitioned
 * `consent_events` table is NOT declared here: Drizzle cannot express
 * partitioning, so it lives in the hand-written migration `*_consent_sql.sql`
 * and is only ever read and written with raw SQL (lib/consent/ingest-sql.ts).
 */

export const consentChannels = ["app", "web", "shop", "call_centre", "sms", "ivr", "tv_box"] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/**
 * What a purpose records: `consent` (opt-in, GDPR Art. 6(1)(a)) or `objection` (opt-out: processing
 * on legitimate interests, Art. 6(1)(f), that the subscriber may object to, Art. 21). For an
 * objection purpose a `withdraw` event is an objection and a `grant` lifts it. Chosen at creation,
 * never changed: the meaning of the purpose's stored events depends on it.
 */
export const consentPurposeKinds = ["consent", "objection"] as const;

/**
 * The channels a marketing campaign reaches subscribers on (distinct from the channels consent is
 * collected on): a purpose lists those its campaigns may use (CPCE L34-5 covers SMS and e-mail).
 */
export const campaignChannels = ["sms", "mms", "email", "phone", "post", "push"] as const;
export type CampaignChannel = (typeof campaignChannels)[number];
export type ConsentPurposeKind = (typeof consentPurposeKinds)[number];

/** The purposes catalogue: what a subscriber can consent to. The key never changes once created. */
export const consentPurposes = pgTable("consent_purposes", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  kind: text("kind", { enum: consentPurposeKinds }).notNull().default("consent"),
  labelFr: text("label_fr").notNull(),
  labelEn: text("label_en").notNull(),
  description: text("description").notNull().default(""),
  /** References of the register entries this purpose serves (e.g. TRT-0012); linked back at merge with the register. */
  registerRefs: text("register_refs").array().notNull().default([]),
  channels: text("channels").array().notNull(),
  /** The channels campaigns checked against this purpose may use (empty: no campaign passes). */
  campaignChannels: text("campaign_channels").array().notNull().default([]),
  isActive: boolean("is_active").notNull().default(true),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The wording shown to subscribers, versioned: proof of what they were told (Art. 7(1)). */
export const consentTextVersions = pgTable(
  "consent_text_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purposeId: uuid("purpose_id")
      .notNull()
      .references(() => consentPurposes.id),
    version: text("version").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("consent_text_versions_purpose_version_idx").on(t.purposeId, t.version)],
);

/** Idempotency: one narrow bigint per (sender, eventId) ever stored — cheap to index, unlike random UUIDs. */
export const consentEventKeys = pgTable("consent_event_keys", {
  key: bigint("key", { mode: "bigint" }).primaryKey(),
});

/** Current state of one subscriber for one purpose: decided by the latest occurredAt (ties: event key). */
export const consentState = pgTable(
  "consent_state",
  {
    // COLLATE "C" (migration 0010: Drizzle cannot declare a collation): an opaque pseudonym, compared bytewise.
    subscriberRef: text("subscriber_ref").notNull(),
    purposeId: uuid("purpose_id").notNull(),
    optedIn: boolean("opted_in").notNull(),
    latestOccurredAt: timestamp("latest_occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    latestEventKey: bigint("latest_event_key", { mode: "bigint" }).notNull(),
    latestEventId: text("latest_event_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.subscriberRef, t.purposeId] })],
);

/**
 * Daily rollups (day in Europe/Paris × purpose × channel × text version):
 * event counts, the net change of opted-in subscribers caused by that day's
 * events, and how many subscribers were asked for the first time; each event is also counted as a
 * first grant, a first refusal, an effective withdrawal, a re-grant or a repeat (issue 15.5).
 */
export const consentDaily = pgTable(
  "consent_daily",
  {
    purposeId: uuid("purpose_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    textVersion: text("text_version").notNull(),
    grants: integer("grants").notNull().default(0),
    withdrawals: integer("withdrawals").notNull().default(0),
    netOptedIn: integer("net_opted_in").notNull().default(0),
    firstAsked: integer("first_asked").notNull().default(0),
    /** Each event once, by the state just before it: first grant or refusal, opted in → out, out → in, same answer again. */
    firstGrants: integer("first_grants").notNull().default(0),
    firstRefusals: integer("first_refusals").notNull().default(0),
    effectiveWithdrawals: integer("effective_withdrawals").notNull().default(0),
    regrants: integer("regrants").notNull().default(0),
    repeats: integer("repeats").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.purposeId, t.day, t.channel, t.textVersion] }),
    index("consent_daily_day_idx").on(t.day),
  ],
);

/**
 * One campaign list checked against a purpose (issue 17): who asked (an API key or a user), when,
 * for which channel and campaign, what came back, and the SHA-256 of the references as sent, so the
 * DPO can show which list passed. Written with its `consent.check` audit entry in one transaction;
 * a refused check (unknown purpose, channel, inactive register entry) writes nothing.
 */
export const campaignChecks = pgTable(
  "campaign_checks",
  {
    id: uuid("id").primaryKey(),
    purposeId: uuid("purpose_id")
      .notNull()
      .references(() => consentPurposes.id),
    channel: text("channel").notNull(),
    campaign: text("campaign").notNull(),
    /** References as sent (duplicates included) and distinct. */
    received: integer("received").notNull(),
    distinctRefs: integer("distinct_refs").notNull(),
    /** Distinct references that may be contacted, and those that may not; allowed + refused = distinct. */
    allowed: integer("allowed").notNull(),
    refused: integer("refused").notNull(),
    /** Distinct references never asked: refused for a consent purpose, allowed for an objection purpose. */
    unknown: integer("unknown").notNull(),
    apiKeyId: uuid("api_key_id").references(() => apiKeys.id),
    userId: uuid("user_id").references(() => users.id),
    via: text("via", { enum: ["api", "ui"] }).notNull(),
    /** Hex SHA-256 of the references in the order sent, each followed by a line feed (UTF-8). */
    listSha256: text("list_sha256").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("campaign_checks_purpose_checked_idx").on(t.purposeId, t.checkedAt),
    index("campaign_checks_checked_idx").on(t.checkedAt),
    check("campaign_checks_one_requester", sql`(${t.apiKeyId} is null) <> (${t.userId} is null)`),
  ],
);
