-- Projection "audit-decision-index": which assessment and cycle a decision belongs to, so that the
-- provenance of a decision can be read from that assessment's events in the event store.
CREATE TABLE audit_decision_index (
    decision_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INTEGER      NOT NULL,
    sequence      BIGINT       NOT NULL
);
