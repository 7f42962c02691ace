CREATE TABLE "campaign_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"campaign" text NOT NULL,
	"received" integer NOT NULL,
	"distinct_refs" integer NOT NULL,
	"allowed" integer NOT NULL,
	"refused" integer NOT NULL,
	"unknown" integer NOT NULL,
	"api_key_id" uuid,
	"user_id" uuid,
	"via" text NOT NULL,
	"list_sha256" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "campaign_checks_one_requester" CHECK (("campaign_checks"."api_key_id" is null) <> ("campaign_checks"."user_id" is null))
);
--> statement-breakpoint
ALTER TABLE "consent_purposes" ADD COLUMN "campaign_channels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_checks" ADD CONSTRAINT "campaign_checks_purpose_id_consent_purposes_id_fk" FOREIGN KEY ("purpose_id") REFERENCES "public"."consent_purposes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_checks" ADD CONSTRAINT "campaign_checks_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_checks" ADD CONSTRAINT "campaign_checks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_checks_purpose_checked_idx" ON "campaign_checks" USING btree ("purpose_id","checked_at");--> statement-breakpoint
CREATE INDEX "campaign_checks_checked_idx" ON "campaign_checks" USING btree ("checked_at");