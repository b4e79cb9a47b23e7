-- Snapshots of assessment documents for the as-of view: every so many events the assessment-board projection
-- keeps the document as AssessmentDocumentFold folded it, so that an as-of read resumes the fold from the
-- snapshot nearest before the instant and folds only the tail (see docs/query-side.md).
--
-- events_until: the latest timestamp of the assessment's events up to and including that version. A snapshot
-- serves an instant only when events_until is not after it: then every event it contains is in the as-of
-- prefix, also when event timestamps within a stream are not in order.
ALTER TABLE assessment_board ADD COLUMN events_until TIMESTAMPTZ;

CREATE TABLE assessment_document_snapshot (
    assessment_id VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL,
    events_until  TIMESTAMPTZ  NOT NULL,
    document      JSONB        NOT NULL,
    CONSTRAINT assessment_document_snapshot_pk PRIMARY KEY (assessment_id, version)
);
CREATE INDEX assessment_document_snapshot_until ON assessment_document_snapshot (assessment_id, events_until);
