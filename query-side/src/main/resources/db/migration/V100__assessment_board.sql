-- Projection "assessment-board": the assessment document of docs/api.md, current cycle only.
-- version is the sequence number of the last applied event; a handler applies an event only when its
-- sequence number is higher, which makes every handler idempotent.
CREATE TABLE assessment_board (
    assessment_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code           VARCHAR(50)  NOT NULL,
    title                TEXT         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    cycle                INTEGER      NOT NULL,
    version              BIGINT       NOT NULL,
    framework_version    INTEGER      NOT NULL,
    gemeenten            TEXT[]       NOT NULL,
    proposal_revision    INTEGER,
    proposal_scales      JSONB,
    proposal_rationale   TEXT,
    proposal_by          VARCHAR(100),
    proposal_at          TIMESTAMPTZ,
    decision_id          VARCHAR(100),
    decision_revision    INTEGER,
    decision_scales      JSONB,
    decided_at           TIMESTAMPTZ,
    governance_form      VARCHAR(50),
    governance_rationale TEXT,
    governance_by        VARCHAR(100),
    governance_at        TIMESTAMPTZ
);
CREATE INDEX assessment_board_theme ON assessment_board (theme_code);

CREATE TABLE assessment_board_input (
    assessment_id VARCHAR(100) NOT NULL,
    gemeente      VARCHAR(20)  NOT NULL,
    layer         VARCHAR(50)  NOT NULL,
    criterion     VARCHAR(20)  NOT NULL,
    leaning       VARCHAR(50),
    text          TEXT,
    by_user       VARCHAR(100),
    at            TIMESTAMPTZ  NOT NULL,
    sequence      BIGINT       NOT NULL,
    PRIMARY KEY (assessment_id, gemeente, layer, criterion)
);

CREATE TABLE assessment_board_responsibility (
    assessment_id VARCHAR(100) NOT NULL,
    layer         VARCHAR(50)  NOT NULL,
    kind          VARCHAR(50)  NOT NULL,
    level         VARCHAR(50)  NOT NULL,
    holder        TEXT         NOT NULL,
    sequence      BIGINT       NOT NULL,
    PRIMARY KEY (assessment_id, layer, kind)
);

CREATE TABLE assessment_board_precondition (
    assessment_id   VARCHAR(100) NOT NULL,
    precondition_id VARCHAR(100) NOT NULL,
    kind            VARCHAR(50)  NOT NULL,
    text            TEXT         NOT NULL,
    sequence        BIGINT       NOT NULL,
    PRIMARY KEY (assessment_id, precondition_id)
);

-- Only confirmations of the current proposal revision: a new revision deletes the earlier ones.
CREATE TABLE assessment_board_confirmation (
    assessment_id VARCHAR(100) NOT NULL,
    gemeente      VARCHAR(20)  NOT NULL,
    revision      INTEGER      NOT NULL,
    by_user       VARCHAR(100),
    at            TIMESTAMPTZ  NOT NULL,
    sequence      BIGINT       NOT NULL,
    PRIMARY KEY (assessment_id, gemeente)
);

CREATE TABLE assessment_board_intervention (
    intervention_id VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id   VARCHAR(100) NOT NULL,
    gemeente        VARCHAR(20)  NOT NULL,
    layer           VARCHAR(50),
    kind            VARCHAR(30)  NOT NULL,
    reason          TEXT,
    status          VARCHAR(20)  NOT NULL,
    by_user         VARCHAR(100),
    at              TIMESTAMPTZ  NOT NULL,
    note            TEXT,
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMPTZ,
    sequence        BIGINT       NOT NULL
);
CREATE INDEX assessment_board_intervention_assessment ON assessment_board_intervention (assessment_id);
