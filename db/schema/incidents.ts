import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Nis2ImpactInput, ObligationOverride, SeverityInput } from "./json-types";
import { users } from "./users";

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * One counter per year for `INC-<year>-<seq>` references, taken with
 * `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` (a row lock, never max + 1).
 */
export const incidentCounters = pgTable("incident_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

/** Security incidents and personal-data breaches (GDPR Art. 33–34, ePrivacy 611/2013, NIS2 Art. 23). */
export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    /** The sender's id (SIEM intake): the same externalId returns the same incident. */
    externalId: text("external_id").unique(),
    source: text("source", { enum: ["manual", "api", "demo"] })
      .notNull()
      .default("manual"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    occurredFrom: instant("occurred_from"),
    occurredTo: instant("occurred_to"),
    occurrenceEstimated: boolean("occurrence_estimated").notNull().default(false),
    detectedAt: instant("detected_at").notNull(),
    awareAt: instant("aware_at"),
    awarenessReason: text("awareness_reason"),
    /** NIS2 Art. 23(4): awareness of the significant incident (detection until recorded), with its reason. */
    nis2AwareAt: instant("nis2_aware_at"),
    nis2AwarenessReason: text("nis2_awareness_reason"),
    containedAt: instant("contained_at"),
    /** confidentiality / integrity / availability, several allowed. */
    categories: text("categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** internal|external × accidental|malicious, e.g. `external_malicious`. */
    cause: text("cause"),
    systems: text("systems")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    registerRefs: text("register_refs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Keys of lib/register/catalogue/catalogue.ts. */
    dataCategories: text("data_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** GDPR Art. 33(3)(a): categories of data subjects (from the linked register entries, editable). */
    dataSubjectCategories: text("data_subject_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    peopleCount: integer("people_count"),
    /** 611/2013 Annex I section 2, NIS2 Art. 23(4): cross-border aspects ("" = none; null = not known yet). */
    crossBorder: text("cross_border"),
    recordsCount: integer("records_count"),
    /** `null`: unknown — the obligations apply provisionally until the DPO confirms (issue 14). */
    personalData: boolean("personal_data"),
    telecomService: boolean("telecom_service"),
    nis2Significant: boolean("nis2_significant").notNull().default(false),
    dataUnintelligible: boolean("data_unintelligible").notNull().default(false),
    unintelligibleEvidence: text("unintelligible_evidence"),
    riskLevel: text("risk_level", { enum: ["unlikely", "risk", "high"] }),
    severity: jsonb("severity").$type<SeverityInput>(),
    consequences: text("consequences").notNull().default(""),
    remedialMeasures: text("remedial_measures").notNull().default(""),
    notifyAuthority: boolean("notify_authority"),
    notifyAuthorityRationale: text("notify_authority_rationale"),
    informPeople: boolean("inform_people"),
    informPeopleRationale: text("inform_people_rationale"),
    art34Exception: text("art34_exception", {
      enum: ["unintelligible", "risk_no_longer_likely", "disproportionate_effort"],
    }),
    /** GDPR Art. 34(3)(c): the public communication's evidence — where and when it was published. */
    publicCommunicationPublishedAt: instant("public_communication_published_at"),
    publicCommunicationPublishedIn: text("public_communication_published_in"),
    /** NIS2 Art. 23(3): the impact on the service (users, duration, spread, loss), as assessed. */
    nis2Impact: jsonb("nis2_impact").$type<Nis2ImpactInput>(),
    overrides: jsonb("overrides").$type<ObligationOverride[]>().notNull().default([]),
    status: text("status", { enum: ["detected", "investigating", "contained", "closed"] })
      .notNull()
      .default("detected"),
    ownerId: uuid("owner_id").references(() => users.id),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    closedAt: instant("closed_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("incidents_status_idx").on(t.status), index("incidents_detected_idx").on(t.detectedAt)],
);

/** Append-only timeline (a trigger refuses UPDATE and DELETE): corrections are new entries. */
export const incidentTimeline = pgTable(
  "incident_timeline",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    id: uuid("id").notNull().unique().defaultRandom(),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id),
    kind: text("kind", {
      enum: [
        "occurrence",
        "detection",
        "awareness",
        "nis2_awareness",
        "public_communication",
        "containment",
        "notification",
        "decision",
        "status",
        "note",
      ],
    }).notNull(),
    /** When it happened (may differ from when it was recorded). */
    at: instant("at").notNull(),
    text: text("text").notNull().default(""),
    data: jsonb("data").$type<Record<string, unknown>>(),
    recordedAt: instant("recorded_at").notNull().defaultNow(),
    recordedBy: text("recorded_by").notNull(),
  },
  (t) => [index("incident_timeline_incident_idx").on(t.incidentId, t.at)],
);

/** Notifications sent per obligation, with the authority's reference and the draft text sent. */
export const incidentNotifications = pgTable(
  "incident_notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id),
    obligation: text("obligation").notNull(),
    sentAt: instant("sent_at").notNull(),
    reference: text("reference"),
    complete: boolean("complete").notNull().default(true),
    delayReason: text("delay_reason"),
    draft: text("draft"),
    recordedAt: instant("recorded_at").notNull().defaultNow(),
    recordedBy: text("recorded_by").notNull(),
  },
  (t) => [uniqueIndex("incident_notifications_once_idx").on(t.incidentId, t.obligation, t.sentAt)],
);
