import { boolean, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { SeveritySuggestions } from "./json-types";

/** The operator running Vigie (one row). Rules that vary per organisation live here. */
export const organisation = pgTable("organisation", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull().default("Europe/Paris"),
  dpoContact: text("dpo_contact").notNull().default(""),
  /** NIS2 transposition may still be pending: its obligations are switchable. */
  nis2Enabled: boolean("nis2_enabled").notNull().default(true),
  /** Internal target, in hours, for "without undue delay" obligations (GDPR Art. 34, 611/2013 Art. 3). */
  incidentTargetHours: integer("incident_target_hours").notNull().default(72),
  /** The default threshold k of a statistics release: cells counting fewer people are suppressed (a release may raise it). */
  releaseThreshold: integer("release_threshold").notNull().default(10),
  /** ENISA band → suggested decision (null: the default mapping of lib/incidents/severity.ts). */
  severitySuggestions: jsonb("severity_suggestions").$type<SeveritySuggestions>(),
});
