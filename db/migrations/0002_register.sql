CREATE TYPE "public"."dpia_status" AS ENUM('not_started', 'in_progress', 'done');--> statement-breakpoint
CREATE TYPE "public"."entry_status" AS ENUM('draft', 'active', 'retired');--> statement-breakpoint
CREATE TYPE "public"."processing_role" AS ENUM('controller', 'joint_controller', 'processor');--> statement-breakpoint
CREATE SEQUENCE "public"."processing_activity_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "processing_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT ('TRT-' || lpad(nextval('processing_activity_reference_seq')::text, 4, '0')) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "entry_status" DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"role" "processing_role" NOT NULL,
	"content" jsonb NOT NULL,
	"legal_bases" text[] DEFAULT '{}'::text[] NOT NULL,
	"has_special_data" boolean DEFAULT false NOT NULL,
	"has_traffic_data" boolean DEFAULT false NOT NULL,
	"has_location_data" boolean DEFAULT false NOT NULL,
	"has_transfers" boolean DEFAULT false NOT NULL,
	"is_dpia_required" boolean DEFAULT false NOT NULL,
	"dpia_status" "dpia_status" DEFAULT 'not_started' NOT NULL,
	"completeness_score" integer DEFAULT 0 NOT NULL,
	"missing_count" integer DEFAULT 0 NOT NULL,
	"next_review_on" date,
	"business_owner" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', reference || ' ' || name || ' ' || business_owner)) STORED,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "processing_activity_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "entry_status" NOT NULL,
	"content" jsonb NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"saved_by" uuid,
	"saved_by_label" text NOT NULL,
	"change" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activity_versions" ADD CONSTRAINT "processing_activity_versions_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activity_versions" ADD CONSTRAINT "processing_activity_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "processing_activities_reference_unique" ON "processing_activities" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "processing_activities_status_idx" ON "processing_activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "processing_activities_name_idx" ON "processing_activities" USING btree ("name");--> statement-breakpoint
CREATE INDEX "processing_activities_review_idx" ON "processing_activities" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "processing_activities_legal_bases_idx" ON "processing_activities" USING gin ("legal_bases");--> statement-breakpoint
CREATE INDEX "processing_activities_search_idx" ON "processing_activities" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "processing_activity_versions_unique" ON "processing_activity_versions" USING btree ("activity_id","version");--> statement-breakpoint
CREATE INDEX "processing_activity_versions_saved_at_idx" ON "processing_activity_versions" USING btree ("saved_at");