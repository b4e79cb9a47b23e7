-- Projection "interventions": every local intervention of every cycle, with its resolution.
-- intervention_assessment knows the theme of each assessment, which intervention events do not carry.
CREATE TABLE intervention_assessment (
    assessment_id VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code    VARCHAR(50)  NOT NULL
);

CREATE TABLE intervention (
    intervention_id VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id   VARCHAR(100) NOT NULL,
    theme_code      VARCHAR(50)  NOT NULL,
    cycle           INTEGER      NOT NULL,
    gemeente        VARCHAR(20)  NOT NULL,
    layer           VARCHAR(50),
    kind            VARCHAR(30)  NOT NULL,
    reason          TEXT,
    status          VARCHAR(20)  NOT NULL,
    opened_by       VARCHAR(100),
    opened_at       TIMESTAMPTZ  NOT NULL,
    outcome         VARCHAR(20),
    note            TEXT,
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMPTZ
);
CREATE INDEX intervention_gemeente ON intervention (gemeente);
CREATE INDEX intervention_theme ON intervention (theme_code, opened_at);
CREATE INDEX intervention_assessment_cycle ON intervention (assessment_id, cycle);
