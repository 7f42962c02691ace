-- The state's subscriber reference compares bytewise ("C"): it is an opaque pseudonym, so the order
-- of the libc locale means nothing for it, and every ingestion batch probes this key once or twice per
-- event and sorts it several times. The events table keeps the default collation of its index.
ALTER TABLE consent_state ALTER COLUMN subscriber_ref TYPE text COLLATE "C";
