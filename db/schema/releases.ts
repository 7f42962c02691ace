import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { processingActivities } from "./register";
import { users } from "./users";

/** Numbers the people-facing references `REL-0001`: a sequence, never max+1 (no race). */
export const releaseReferenceSeq = pgSequence("release_reference_seq", { startWith: 1 });

export const releaseStatuses = ["refused", "pending", "approved", "rejected"] as const;
export type ReleaseStatus = (typeof releaseStatuses)[number];

/**
 * A release of anonymised statistics (aggregated counts by zone and time window) reviewed before
 * it leaves the operator: `refused` when the review found record-level data (no file is kept),
 * `pending` until the DPO decides, then `approved` (downloadable) or `rejected`.
 * `summary` holds the review's figures and cells concerned (lib/releases/review-summary.ts).
 */
export const releases = pgTable(
  "releases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference")
      .notNull()
      .default(sql`'REL-' || lpad(nextval('release_reference_seq')::text, 4, '0')`),
    /** Releases of one series are compared with each other (differencing). */
    series: text("series").notNull(),
    recipient: text("recipient").notNull(),
    purpose: text("purpose").notNull(),
    processingActivityId: uuid("processing_activity_id")
      .notNull()
      .references(() => processingActivities.id),
    k: integer("k").notNull(),
    suppressDifferencing: boolean("suppress_differencing").notNull().default(false),
    status: text("status", { enum: releaseStatuses }).notNull(),
    summary: jsonb("summary").notNull(),
    criteria: jsonb("criteria").notNull(),
    sourceName: text("source_name").notNull(),
    sourceSize: bigint("source_size", { mode: "number" }).notNull(),
    sourceSha256: text("source_sha256").notNull(),
    /** The release file (suppressed cells blank), absent when the review refused the upload. */
    fileSize: bigint("file_size", { mode: "number" }),
    fileSha256: text("file_sha256"),
    fileKey: text("file_key"),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedByLabel: text("uploaded_by_label").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true, precision: 3 }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("releases_reference_unique").on(t.reference),
    index("releases_series_idx").on(t.series, t.uploadedAt),
    index("releases_uploaded_at_idx").on(t.uploadedAt),
  ],
);

/** The DPO's decision on a pending release (one per release), with its rationale and the review report. */
export const releaseDecisions = pgTable(
  "release_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    releaseId: uuid("release_id")
      .notNull()
      .references(() => releases.id),
    decision: text("decision", { enum: ["approved", "rejected"] }).notNull(),
    rationale: text("rationale").notNull(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedByLabel: text("decided_by_label").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true, precision: 3 }).notNull(),
    reportSize: bigint("report_size", { mode: "number" }).notNull(),
    reportSha256: text("report_sha256").notNull(),
    reportKey: text("report_key").notNull(),
  },
  (t) => [uniqueIndex("release_decisions_release_unique").on(t.releaseId)],
);

/**
 * The published cells of each reviewed release (suppressed cells are not kept): what later
 * releases of the series are compared with. `dims` holds the further dimensions in layout order.
 */
export const releaseCells = pgTable(
  "release_cells",
  {
    releaseId: uuid("release_id")
      .notNull()
      .references(() => releases.id),
    area: text("area").notNull(),
    dims: text("dims").array().notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, precision: 3 }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true, precision: 3 }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("release_cells_window_idx").on(t.releaseId, t.windowStart)],
);
