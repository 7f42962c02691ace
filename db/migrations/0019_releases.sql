CREATE SEQUENCE "public"."release_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "release_cells" (
	"release_id" uuid NOT NULL,
	"area" text NOT NULL,
	"dims" text[] NOT NULL,
	"window_start" timestamp (3) with time zone NOT NULL,
	"window_end" timestamp (3) with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"release_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"rationale" text NOT NULL,
	"decided_by" uuid,
	"decided_by_label" text NOT NULL,
	"decided_at" timestamp (3) with time zone NOT NULL,
	"report_size" bigint NOT NULL,
	"report_sha256" text NOT NULL,
	"report_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT 'REL-' || lpad(nextval('release_reference_seq')::text, 4, '0') NOT NULL,
	"series" text NOT NULL,
	"recipient" text NOT NULL,
	"purpose" text NOT NULL,
	"processing_activity_id" uuid NOT NULL,
	"k" integer NOT NULL,
	"suppress_differencing" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"summary" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"source_name" text NOT NULL,
	"source_size" bigint NOT NULL,
	"source_sha256" text NOT NULL,
	"file_size" bigint,
	"file_sha256" text,
	"file_key" text,
	"uploaded_by" uuid,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp (3) with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "release_threshold" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "release_cells" ADD CONSTRAINT "release_cells_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_decisions" ADD CONSTRAINT "release_decisions_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_decisions" ADD CONSTRAINT "release_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_processing_activity_id_processing_activities_id_fk" FOREIGN KEY ("processing_activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_cells_window_idx" ON "release_cells" USING btree ("release_id","window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "release_decisions_release_unique" ON "release_decisions" USING btree ("release_id");--> statement-breakpoint
CREATE UNIQUE INDEX "releases_reference_unique" ON "releases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "releases_series_idx" ON "releases" USING btree ("series","uploaded_at");--> statement-breakpoint
CREATE INDEX "releases_uploaded_at_idx" ON "releases" USING btree ("uploaded_at");