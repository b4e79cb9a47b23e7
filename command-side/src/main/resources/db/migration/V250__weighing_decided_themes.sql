-- Command-side lookup for the form weighing (phase 4): per assessment its theme and, while its latest cycle is
-- decided, that decision. Kept by a subscribing event handler in the transaction of the events it records
-- (DecidedThemesTable); the opening of a weighing reads it, the aggregate never queries.
CREATE TABLE weighing_decided_theme (
    assessment_id VARCHAR(200) NOT NULL PRIMARY KEY,
    theme_code    VARCHAR(50)  NOT NULL,
    cycle         INTEGER      NOT NULL,
    decision_id   VARCHAR(100),
    decided_at    TIMESTAMPTZ,
    sequence      BIGINT       NOT NULL
);
CREATE INDEX weighing_decided_theme_theme ON weighing_decided_theme (theme_code);

-- Fill it from the events already stored (JDBC event store; with Axon Server this table starts empty and fills
-- as assessments are decided from now on). Payloads are Jackson JSON.
INSERT INTO weighing_decided_theme (assessment_id, theme_code, cycle, decision_id, decided_at, sequence)
SELECT e.aggregate_identifier,
       convert_from(e.payload, 'UTF8')::jsonb ->> 'themeCode',
       1, NULL, NULL, e.sequence_number
FROM domain_event_entry e
WHERE e.payload_type = 'nl.regiokompas.api.assessment.AssessmentOpened'
ON CONFLICT (assessment_id) DO NOTHING;

WITH latest AS (
    SELECT DISTINCT ON (e.aggregate_identifier) e.aggregate_identifier, e.payload_type, e.sequence_number,
           e.time_stamp, convert_from(e.payload, 'UTF8')::jsonb AS body
    FROM domain_event_entry e
    WHERE e.payload_type IN ('nl.regiokompas.api.assessment.DecisionRecorded',
                             'nl.regiokompas.api.assessment.AssessmentReopened')
    ORDER BY e.aggregate_identifier, e.sequence_number DESC)
UPDATE weighing_decided_theme t
SET cycle       = (l.body ->> 'cycle')::int,
    decision_id = CASE WHEN l.payload_type LIKE '%DecisionRecorded' THEN l.body ->> 'decisionId' END,
    decided_at  = CASE WHEN l.payload_type LIKE '%DecisionRecorded' THEN l.time_stamp::timestamptz END,
    sequence    = l.sequence_number
FROM latest l
WHERE t.assessment_id = l.aggregate_identifier;
