-- Projection "decision-history": every decision of every cycle.
-- decision_cycle follows the current cycle of each assessment (its first proposal and number of
-- proposals) so that a decision can state its lead time and revisions.
CREATE TABLE decision_cycle (
    assessment_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code        VARCHAR(50)  NOT NULL,
    title             TEXT         NOT NULL,
    gemeenten         TEXT[]       NOT NULL,
    cycle             INTEGER      NOT NULL,
    first_proposed_at TIMESTAMPTZ,
    proposals         INTEGER      NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE TABLE decision_entry (
    decision_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id     VARCHAR(100) NOT NULL,
    theme_code        VARCHAR(50)  NOT NULL,
    title             TEXT         NOT NULL,
    cycle             INTEGER      NOT NULL,
    revision          INTEGER      NOT NULL,
    revisions         INTEGER      NOT NULL,
    gemeenten         TEXT[]       NOT NULL,
    scales            JSONB        NOT NULL,
    confirmations     JSONB        NOT NULL,
    responsibilities  JSONB        NOT NULL,
    preconditions     JSONB        NOT NULL,
    first_proposed_at TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ  NOT NULL,
    lead_time_seconds BIGINT
);
CREATE INDEX decision_entry_theme ON decision_entry (theme_code, decided_at);
CREATE INDEX decision_entry_decided_at ON decision_entry (decided_at);
CREATE INDEX decision_entry_gemeenten ON decision_entry USING GIN (gemeenten);

-- The decided scale per layer as rows, so that layer and scale filters run in SQL.
CREATE TABLE decision_scale (
    decision_id VARCHAR(100) NOT NULL,
    layer       VARCHAR(50)  NOT NULL,
    scale       VARCHAR(50)  NOT NULL,
    PRIMARY KEY (decision_id, layer)
);
CREATE INDEX decision_scale_layer_scale ON decision_scale (layer, scale);
