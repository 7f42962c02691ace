ALTER TABLE "incidents" ALTER COLUMN "personal_data" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "personal_data" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "telecom_service" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "telecom_service" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "nis2_aware_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "nis2_awareness_reason" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "data_subject_categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "cross_border" text;