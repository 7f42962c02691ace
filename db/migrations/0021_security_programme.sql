CREATE TABLE "security_audit_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"passi_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "security_audit_providers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "security_audit_reports" (
	"audit_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_audit_systems" (
	"audit_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "security_audit_systems_audit_id_system_id_pk" PRIMARY KEY("audit_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "security_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"report_reference" text DEFAULT '' NOT NULL,
	"result" text NOT NULL,
	"report_file_name" text,
	"report_size" integer,
	"report_sha256" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_detection_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_detection_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"external_id" text,
	"tested_on" date NOT NULL,
	"result" text NOT NULL,
	"scenario" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "security_detection_tests_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "security_finding_incidents" (
	"finding_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "security_finding_incidents_finding_id_incident_id_relation_pk" PRIMARY KEY("finding_id","incident_id","relation")
);
--> statement-breakpoint
CREATE TABLE "security_finding_systems" (
	"finding_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "security_finding_systems_finding_id_system_id_pk" PRIMARY KEY("finding_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "security_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"severity" text NOT NULL,
	"audit_id" uuid,
	"owner" text NOT NULL,
	"opened_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"risk_rationale" text,
	"risk_accepted_until" date,
	"evidence" text DEFAULT '' NOT NULL,
	"verified_on" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "security_findings_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "security_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"audit_interval_years" jsonb NOT NULL,
	"finding_due_days" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_system_entries" (
	"system_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	CONSTRAINT "security_system_entries_system_id_activity_id_pk" PRIMARY KEY("system_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "security_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner" text NOT NULL,
	"hosting" text NOT NULL,
	"criticality" text NOT NULL,
	"exposure" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "security_systems_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "security_audit_reports" ADD CONSTRAINT "security_audit_reports_audit_id_security_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."security_audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_audit_systems" ADD CONSTRAINT "security_audit_systems_audit_id_security_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."security_audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_audit_systems" ADD CONSTRAINT "security_audit_systems_system_id_security_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."security_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_audits" ADD CONSTRAINT "security_audits_provider_id_security_audit_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."security_audit_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_detection_sources" ADD CONSTRAINT "security_detection_sources_system_id_security_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."security_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_detection_tests" ADD CONSTRAINT "security_detection_tests_system_id_security_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."security_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_finding_incidents" ADD CONSTRAINT "security_finding_incidents_finding_id_security_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."security_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_finding_incidents" ADD CONSTRAINT "security_finding_incidents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_finding_systems" ADD CONSTRAINT "security_finding_systems_finding_id_security_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."security_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_finding_systems" ADD CONSTRAINT "security_finding_systems_system_id_security_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."security_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_findings" ADD CONSTRAINT "security_findings_audit_id_security_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."security_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_system_entries" ADD CONSTRAINT "security_system_entries_system_id_security_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."security_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_system_entries" ADD CONSTRAINT "security_system_entries_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "security_audit_systems_system_idx" ON "security_audit_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "security_audits_started_idx" ON "security_audits" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "security_detection_sources_system_idx" ON "security_detection_sources" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "security_detection_tests_system_idx" ON "security_detection_tests" USING btree ("system_id","tested_on");--> statement-breakpoint
CREATE INDEX "security_finding_incidents_incident_idx" ON "security_finding_incidents" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "security_finding_systems_system_idx" ON "security_finding_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "security_findings_status_idx" ON "security_findings" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "security_findings_audit_idx" ON "security_findings" USING btree ("audit_id");--> statement-breakpoint
CREATE INDEX "security_system_entries_activity_idx" ON "security_system_entries" USING btree ("activity_id");