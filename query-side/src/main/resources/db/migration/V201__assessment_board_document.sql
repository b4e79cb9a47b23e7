-- Projection "assessment-board" stores the document that AssessmentDocumentFold folds (the fold of the as-of
-- view and the live updates), one jsonb per assessment, beside the columns that the list shows and filters on.
-- The fold is then the only code that knows how an event changes a document. Numbered after V200: Flyway
-- refuses a new migration below the highest one a database has applied.
DROP TABLE assessment_board_input, assessment_board_responsibility, assessment_board_precondition,
    assessment_board_confirmation, assessment_board_intervention, assessment_board;

CREATE TABLE assessment_board (
    assessment_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code         VARCHAR(50)  NOT NULL,
    title              TEXT         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    cycle              INTEGER      NOT NULL,
    -- the sequence number of the last applied event; an event at or below it was applied already
    version            BIGINT       NOT NULL,
    open_interventions INTEGER      NOT NULL,
    -- of the current proposal revision
    confirmations      INTEGER      NOT NULL,
    document           JSONB        NOT NULL
);
CREATE INDEX assessment_board_theme ON assessment_board (theme_code);

-- The new table starts empty: without a token the processor "assessment-board" (its processing group's name)
-- replays the event store from the first event, as a fresh installation does, and fills it. Only this
-- processor's token goes; every other projection goes on where it was.
DELETE FROM token_entry WHERE processor_name = 'assessment-board';
