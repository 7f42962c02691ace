-- Incident timelines and recorded notifications are append-only: corrections are new entries.
CREATE OR REPLACE FUNCTION incident_record_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS incident_timeline_append_only ON incident_timeline;
--> statement-breakpoint
CREATE TRIGGER incident_timeline_append_only
  BEFORE UPDATE OR DELETE ON incident_timeline
  FOR EACH ROW EXECUTE FUNCTION incident_record_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS incident_notifications_append_only ON incident_notifications;
--> statement-breakpoint
CREATE TRIGGER incident_notifications_append_only
  BEFORE UPDATE OR DELETE ON incident_notifications
  FOR EACH ROW EXECUTE FUNCTION incident_record_refuse_change();
