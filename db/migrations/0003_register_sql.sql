-- The versions of register entries are append-only: history and "register as of a date" rely on it.
CREATE OR REPLACE FUNCTION processing_activity_versions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'processing_activity_versions is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS processing_activity_versions_no_update_delete ON processing_activity_versions;
--> statement-breakpoint
CREATE TRIGGER processing_activity_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON processing_activity_versions
  FOR EACH ROW EXECUTE FUNCTION processing_activity_versions_refuse_change();
