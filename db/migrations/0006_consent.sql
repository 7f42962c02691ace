CREATE TABLE "consent_daily" (
	"purpose_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"text_version" text NOT NULL,
	"grants" integer DEFAULT 0 NOT NULL,
	"withdrawals" integer DEFAULT 0 NOT NULL,
	"net_opted_in" integer DEFAULT 0 NOT NULL,
	"first_asked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "consent_daily_purpose_id_day_channel_text_version_pk" PRIMARY KEY("purpose_id","day","channel","text_version")
);
--> statement-breakpoint
CREATE TABLE "consent_event_keys" (
	"key" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_purposes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"register_refs" text[] DEFAULT '{}' NOT NULL,
	"channels" text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_purposes_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "consent_state" (
	"subscriber_ref" text NOT NULL,
	"purpose_id" uuid NOT NULL,
	"opted_in" boolean NOT NULL,
	"latest_occurred_at" timestamp (3) with time zone NOT NULL,
	"latest_event_key" bigint NOT NULL,
	"latest_event_id" text NOT NULL,
	CONSTRAINT "consent_state_subscriber_ref_purpose_id_pk" PRIMARY KEY("subscriber_ref","purpose_id")
);
--> statement-breakpoint
CREATE TABLE "consent_text_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose_id" uuid NOT NULL,
	"version" text NOT NULL,
	"effective_from" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consent_text_versions" ADD CONSTRAINT "consent_text_versions_purpose_id_consent_purposes_id_fk" FOREIGN KEY ("purpose_id") REFERENCES "public"."consent_purposes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_daily_day_idx" ON "consent_daily" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_text_versions_purpose_version_idx" ON "consent_text_versions" USING btree ("purpose_id","version");