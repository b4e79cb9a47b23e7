-- Issue 11 §3: the interventions view names people (not user ids), the mandate an intervention relates to and the
-- Bestuurstafel it was referred to. Rows written before this migration get the names on the next replay of the
-- "interventions" projection (POST /api/admin/projections/rebuild?name=interventions).
ALTER TABLE intervention ADD COLUMN opened_by_name   VARCHAR(200);
ALTER TABLE intervention ADD COLUMN resolved_by_name VARCHAR(200);
ALTER TABLE intervention ADD COLUMN mandate_id       VARCHAR(200);
ALTER TABLE intervention ADD COLUMN bestuurstafel_on DATE;
