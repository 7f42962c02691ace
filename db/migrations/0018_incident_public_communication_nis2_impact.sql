ALTER TABLE "incidents" ADD COLUMN "public_communication_published_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "public_communication_published_in" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "nis2_impact" jsonb;