CREATE TABLE "incident_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"obligation" text NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL,
	"reference" text,
	"complete" boolean DEFAULT true NOT NULL,
	"delay_reason" text,
	"draft" text,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_timeline" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "incident_timeline_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"external_id" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occurred_from" timestamp (3) with time zone,
	"occurred_to" timestamp (3) with time zone,
	"occurrence_estimated" boolean DEFAULT false NOT NULL,
	"detected_at" timestamp (3) with time zone NOT NULL,
	"aware_at" timestamp (3) with time zone,
	"awareness_reason" text,
	"contained_at" timestamp (3) with time zone,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"cause" text,
	"systems" text[] DEFAULT '{}'::text[] NOT NULL,
	"register_refs" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"people_count" integer,
	"records_count" integer,
	"personal_data" boolean DEFAULT false NOT NULL,
	"telecom_service" boolean DEFAULT false NOT NULL,
	"nis2_significant" boolean DEFAULT false NOT NULL,
	"data_unintelligible" boolean DEFAULT false NOT NULL,
	"unintelligible_evidence" text,
	"risk_level" text,
	"severity" jsonb,
	"consequences" text DEFAULT '' NOT NULL,
	"remedial_measures" text DEFAULT '' NOT NULL,
	"notify_authority" boolean,
	"notify_authority_rationale" text,
	"inform_people" boolean,
	"inform_people_rationale" text,
	"art34_exception" text,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'detected' NOT NULL,
	"owner_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incidents_reference_unique" UNIQUE("reference"),
	CONSTRAINT "incidents_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "incident_target_hours" integer DEFAULT 72 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "severity_suggestions" jsonb;--> statement-breakpoint
ALTER TABLE "incident_notifications" ADD CONSTRAINT "incident_notifications_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_timeline" ADD CONSTRAINT "incident_timeline_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incident_notifications_once_idx" ON "incident_notifications" USING btree ("incident_id","obligation","sent_at");--> statement-breakpoint
CREATE INDEX "incident_timeline_incident_idx" ON "incident_timeline" USING btree ("incident_id","at");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incidents_detected_idx" ON "incidents" USING btree ("detected_at");