import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The export history: one row per COMPLETE file, written in the same transaction as its
 * `export.create` audit entry, after the file is written, hashed and in its final place.
 * A failed export leaves no row here (its job says why).
 */
export const exportHistory = pgTable(
  "exports",
  {
    id: uuid("id").primaryKey(),
    createdBy: uuid("created_by").references(() => users.id),
    /** Who, as the audit log names them (kept if the account is later renamed). */
    createdByLabel: text("created_by_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull(),
    report: text("report").notNull(),
    format: text("format").notNull(),
    /** The normalised scope (only the fields the report reads). */
    scope: jsonb("scope").notNull(),
    /** The name a download gets. */
    fileName: text("file_name").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    /** SHA-256 of the file's bytes, lowercase hex. */
    sha256: text("sha256").notNull(),
    /** The file's name inside the export directory (never user input). */
    storageKey: text("storage_key").notNull(),
    /**
     * When the retention purge deleted the file (VIGIE_EXPORT_RETENTION_DAYS after `createdAt`).
     * The row stays: the history still says who exported what, with the file's hash.
     */
    expiredAt: timestamp("expired_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [index("exports_created_at_idx").on(t.createdAt), index("exports_report_idx").on(t.report, t.createdAt)],
);

export const exportJobStatuses = ["running", "succeeded", "failed"] as const;
export type ExportJobStatus = (typeof exportJobStatuses)[number];

/**
 * An export being generated: its progress is polled by the page. `heartbeatAt` moves while
 * the runner works, so a job whose process died is seen as interrupted, not running forever.
 */
export const exportJobs = pgTable(
  "export_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true, precision: 3 }).notNull(),
    report: text("report").notNull(),
    format: text("format").notNull(),
    scope: jsonb("scope").notNull(),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    status: text("status", { enum: exportJobStatuses }).notNull().default("running"),
    done: integer("done").notNull().default(0),
    total: integer("total"),
    /** Bytes written so far (progress when the report cannot count its rows). */
    bytes: bigint("bytes", { mode: "number" }).notNull().default(0),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, precision: 3 }),
    /** Why it failed: a reason code the page translates. */
    failure: text("failure"),
    exportId: uuid("export_id").references(() => exportHistory.id),
  },
  (t) => [index("export_jobs_requested_by_idx").on(t.requestedBy, t.requestedAt)],
);
