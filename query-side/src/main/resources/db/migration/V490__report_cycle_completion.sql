-- Issue 15 §5 (branch cyclestore): each cycle keeps what its formal decisions give the lead times, written by the
-- evaluation-report projection when a formal decision or the bevestiging is recorded (CycleCompletion), so that the
-- report reads the formal decisions only of the cycles it lists. formal_stored is FALSE for the rows projected before
-- this migration: the report computes theirs from their formal decisions, as before, until the group is rebuilt.
ALTER TABLE report_cycle
    ADD COLUMN formal_stored       BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN formal_completed_on DATE,
    ADD COLUMN formal_completed_at TIMESTAMPTZ,
    ADD COLUMN formal_days         TEXT        NOT NULL DEFAULT '';
