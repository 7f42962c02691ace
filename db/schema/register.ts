import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const processingRoleEnum = pgEnum("processing_role", ["controller", "joint_controller", "processor"]);
export const entryStatusEnum = pgEnum("entry_status", ["draft", "active", "retired"]);
export const dpiaStatusEnum = pgEnum("dpia_status", ["not_started", "in_progress", "done"]);

/** Numbers the people-facing references `TRT-0001`: a sequence, never max+1 (no race). */
export const processingActivityReferenceSeq = pgSequence("processing_activity_reference_seq", { startWith: 1 });

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The register of processing activities (GDPR Art. 30): one row per entry, its current content
 * (`content`, validated by `processingActivitySchema`) and, beside it, the columns the list
 * filters and sorts on, derived from the content at every save.
 */
export const processingActivities = pgTable(
  "processing_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference")
      .notNull()
      .default(sql`('TRT-' || lpad(nextval('processing_activity_reference_seq')::text, 4, '0'))`),
    version: integer("version").notNull().default(1),
    status: entryStatusEnum("status").notNull().default("draft"),
    name: text("name").notNull(),
    role: processingRoleEnum("role").notNull(),
    content: jsonb("content").notNull(),
    legalBases: text("legal_bases")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    hasSpecialData: boolean("has_special_data").notNull().default(false),
    hasTrafficData: boolean("has_traffic_data").notNull().default(false),
    hasLocationData: boolean("has_location_data").notNull().default(false),
    hasTransfers: boolean("has_transfers").notNull().default(false),
    isDpiaRequired: boolean("is_dpia_required").notNull().default(false),
    dpiaStatus: dpiaStatusEnum("dpia_status").notNull().default("not_started"),
    /** 0–100, from `assessCompleteness` without the clock (overdue reviews are their own filter). */
    completenessScore: integer("completeness_score").notNull().default(0),
    missingCount: integer("missing_count").notNull().default(0),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    businessOwner: text("business_owner").notNull().default(""),
    search: tsvector("search").generatedAlwaysAs(
      sql`to_tsvector('simple', reference || ' ' || name || ' ' || business_owner)`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("processing_activities_reference_unique").on(t.reference),
    index("processing_activities_status_idx").on(t.status),
    index("processing_activities_name_idx").on(t.name),
    index("processing_activities_review_idx").on(t.nextReviewOn),
    index("processing_activities_legal_bases_idx").using("gin", t.legalBases),
    index("processing_activities_search_idx").using("gin", t.search),
  ],
);

/**
 * Every saved version of every entry, append-only (a trigger refuses UPDATE and DELETE): the
 * history, the diff between any two versions and the register "as of" a past date.
 */
export const processingActivityVersions = pgTable(
  "processing_activity_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id),
    version: integer("version").notNull(),
    status: entryStatusEnum("status").notNull(),
    content: jsonb("content").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull(),
    savedBy: uuid("saved_by").references(() => users.id),
    savedByLabel: text("saved_by_label").notNull(),
    /** What the save was: create, update, activate, retire, duplicate, import. */
    change: text("change").notNull(),
  },
  (t) => [
    uniqueIndex("processing_activity_versions_unique").on(t.activityId, t.version),
    index("processing_activity_versions_saved_at_idx").on(t.savedAt),
  ],
);
