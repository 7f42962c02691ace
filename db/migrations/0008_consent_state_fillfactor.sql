-- Room on each page of consent_state for the next version of its rows: a state change then stays a
-- heap-only (HOT) update, with no new entry in the 16-million-row primary key. Ingestion updates a
-- state row for nearly every event it stores.
ALTER TABLE consent_state SET (fillfactor = 80);
