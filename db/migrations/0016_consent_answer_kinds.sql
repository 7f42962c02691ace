ALTER TABLE "consent_daily" ADD COLUMN "first_grants" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_daily" ADD COLUMN "first_refusals" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_daily" ADD COLUMN "effective_withdrawals" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_daily" ADD COLUMN "regrants" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_daily" ADD COLUMN "repeats" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill from the events, in event order per subscriber × purpose (the same classification as
-- the ingestion and `npm run consent:rebuild`): the first event has no predecessor.
WITH c AS (
  SELECT purpose_id, (occurred_at AT TIME ZONE 'Europe/Paris')::date AS day, channel, text_version, is_grant,
         lag(is_grant) OVER w AS prev
  FROM consent_events
  WINDOW w AS (PARTITION BY subscriber_ref, purpose_id ORDER BY occurred_at, event_key)
), k AS (
  SELECT purpose_id, day, channel, text_version,
         count(*) FILTER (WHERE prev IS NULL AND is_grant)::int AS first_grants,
         count(*) FILTER (WHERE prev IS NULL AND NOT is_grant)::int AS first_refusals,
         count(*) FILTER (WHERE prev AND NOT is_grant)::int AS effective_withdrawals,
         count(*) FILTER (WHERE prev = false AND is_grant)::int AS regrants,
         count(*) FILTER (WHERE prev = is_grant)::int AS repeats
  FROM c GROUP BY 1, 2, 3, 4
)
UPDATE consent_daily d SET
  first_grants = k.first_grants, first_refusals = k.first_refusals, effective_withdrawals = k.effective_withdrawals,
  regrants = k.regrants, repeats = k.repeats
FROM k
WHERE d.purpose_id = k.purpose_id AND d.day = k.day AND d.channel = k.channel AND d.text_version = k.text_version;
