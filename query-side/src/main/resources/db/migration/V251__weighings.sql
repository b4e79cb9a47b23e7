-- Projection "weighings": one form weighing (phase 4) per row, its document as WeighingDocumentFold folds it.
CREATE TABLE weighing (
    weighing_id VARCHAR(200) NOT NULL PRIMARY KEY,
    title       TEXT         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    opened_at   TIMESTAMPTZ  NOT NULL,
    -- the sequence number of the last applied event; an event at or below it was applied already
    version     BIGINT       NOT NULL,
    document    JSONB        NOT NULL
);
