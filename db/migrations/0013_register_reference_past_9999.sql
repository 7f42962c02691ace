-- lpad(x, 4, '0') truncates a longer x: after TRT-9999 came TRT-1000, a duplicate, then a unique-key
-- failure on every creation. The next reference now has at least four digits and grows past them.
CREATE FUNCTION processing_activity_next_reference() RETURNS text
  LANGUAGE sql VOLATILE
  AS $$ SELECT 'TRT-' || lpad(n::text, greatest(4, length(n::text)), '0') FROM nextval('processing_activity_reference_seq') AS n $$;
--> statement-breakpoint
ALTER TABLE "processing_activities" ALTER COLUMN "reference" SET DEFAULT processing_activity_next_reference();
