-- Consent events (GDPR Art. 7(1)): append-only proof, partitioned by calendar month (UTC) of
-- occurred_at. Hand-written because Drizzle cannot express partitioning; idempotent so that it can
-- be re-applied after the migrations of parallel branches are regenerated.
CREATE TABLE IF NOT EXISTS consent_events (
  occurred_at timestamptz(3) NOT NULL,
  event_key bigint NOT NULL,
  subscriber_ref text NOT NULL,
  purpose_id uuid NOT NULL,
  is_grant boolean NOT NULL,
  channel text NOT NULL,
  text_version text NOT NULL,
  event_id text NOT NULL,
  sender text NOT NULL,
  source text,
  proof jsonb,
  received_at timestamptz(3) NOT NULL DEFAULT now()
) PARTITION BY RANGE (occurred_at);
--> statement-breakpoint
-- A subscriber's history per purpose (proof lookup, late-event replay) and time scans (rebuild).
CREATE INDEX IF NOT EXISTS consent_events_subject_idx ON consent_events (subscriber_ref, purpose_id, occurred_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS consent_events_time_brin ON consent_events USING brin (occurred_at);
--> statement-breakpoint
-- The month partition holding `at`, created when missing (ingestion calls it for late or early months).
CREATE OR REPLACE FUNCTION consent_ensure_partition(at timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  month_start timestamptz := date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  partition_name text := 'consent_events_' || to_char(at AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
  IF to_regclass(partition_name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF consent_events FOR VALUES FROM (%L) TO (%L)',
        partition_name, month_start, month_start + interval '1 month');
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      NULL; -- another session created it at the same moment
    END;
  END IF;
  RETURN partition_name;
END;
$$;
--> statement-breakpoint
-- Partitions ahead of time for the demo range (two years back) and the next months.
DO $$
DECLARE m int;
BEGIN
  FOR m IN -26..3 LOOP
    PERFORM consent_ensure_partition(now() + make_interval(months => m));
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION consent_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS consent_events_no_update_delete ON consent_events;
--> statement-breakpoint
CREATE TRIGGER consent_events_no_update_delete
  BEFORE UPDATE OR DELETE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_change();
