-- The route's changes keep their facts beside the Dutch description (issue 13 "Also": the evaluation and its
-- exports list themes added, scores and follow-ups with their values). Rows recorded before this column have
-- NULL until the route projection is rebuilt.
ALTER TABLE route_change ADD COLUMN details JSONB;
