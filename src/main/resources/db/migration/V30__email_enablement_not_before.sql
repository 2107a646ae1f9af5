-- A scheduled enablement email that the job found not yet due says when to look at it again (the
-- start of its day in its signer's zone, at most an hour ahead), so the job's minutely runs skip it
-- instead of reloading every email of tomorrow each minute.
alter table enablement_email add column not_before timestamptz;
