-- Projection "evaluation-report" (issue 15): the facts of the evaluation report, kept per event so that the report
-- of any period is a handful of indexed reads, never a scan of the event store. People are stored by name.
CREATE TABLE report_name (
    term VARCHAR(30)  NOT NULL,
    code VARCHAR(100) NOT NULL,
    name TEXT         NOT NULL,
    PRIMARY KEY (term, code)
);

CREATE TABLE report_cycle (
    assessment_id     VARCHAR(100) NOT NULL,
    cycle             INTEGER      NOT NULL,
    theme_code        VARCHAR(50)  NOT NULL,
    title             TEXT,
    gemeenten         TEXT[]       NOT NULL,
    opened_at         TIMESTAMPTZ  NOT NULL,
    opened_by_name    VARCHAR(200),
    first_proposed_at TIMESTAMPTZ,
    revisions         INTEGER      NOT NULL DEFAULT 0,
    mandate_id        VARCHAR(200),
    decision_id       VARCHAR(100),
    bevestigd_at      TIMESTAMPTZ,
    scales            JSONB,
    PRIMARY KEY (assessment_id, cycle)
);
CREATE INDEX report_cycle_opened ON report_cycle (opened_at);
CREATE INDEX report_cycle_bevestigd ON report_cycle (bevestigd_at);

CREATE TABLE report_proposal (
    assessment_id  VARCHAR(100) NOT NULL,
    cycle          INTEGER      NOT NULL,
    revision       INTEGER      NOT NULL,
    theme_code     VARCHAR(50)  NOT NULL,
    scales         JSONB        NOT NULL,
    deviations     JSONB        NOT NULL,
    proposed_at    TIMESTAMPTZ  NOT NULL,
    proposed_by_name VARCHAR(200),
    PRIMARY KEY (assessment_id, cycle, revision)
);
CREATE INDEX report_proposal_at ON report_proposal (proposed_at);

CREATE TABLE report_formal_decision (
    decision_id      VARCHAR(100) NOT NULL,
    gemeente         VARCHAR(20)  NOT NULL,
    body             VARCHAR(30)  NOT NULL,
    assessment_id    VARCHAR(100) NOT NULL,
    cycle            INTEGER      NOT NULL,
    decided_on       DATE,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by_name VARCHAR(200),
    PRIMARY KEY (decision_id, gemeente, body)
);
CREATE INDEX report_formal_decision_cycle ON report_formal_decision (assessment_id, cycle);

CREATE TABLE report_intervention (
    intervention_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id    VARCHAR(100) NOT NULL,
    cycle            INTEGER      NOT NULL,
    theme_code       VARCHAR(50)  NOT NULL,
    gemeente         VARCHAR(20)  NOT NULL,
    layer            VARCHAR(50),
    kind             VARCHAR(30)  NOT NULL,
    reason           TEXT,
    opened_at        TIMESTAMPTZ  NOT NULL,
    opened_by_name   VARCHAR(200),
    inside_mandate   BOOLEAN      NOT NULL,
    mandate_id       VARCHAR(200),
    referred         BOOLEAN      NOT NULL DEFAULT FALSE,
    outcome          VARCHAR(30),
    resolved_at      TIMESTAMPTZ,
    resolved_by_name VARCHAR(200)
);
CREATE INDEX report_intervention_opened ON report_intervention (opened_at);
CREATE INDEX report_intervention_cycle ON report_intervention (assessment_id, cycle);

CREATE TABLE report_confirmation (
    assessment_id  VARCHAR(100) NOT NULL,
    cycle          INTEGER      NOT NULL,
    gemeente       VARCHAR(20)  NOT NULL,
    revision       INTEGER      NOT NULL,
    theme_code     VARCHAR(50)  NOT NULL,
    confirmed_at   TIMESTAMPTZ  NOT NULL,
    by_name        VARCHAR(200),
    inside_mandate BOOLEAN      NOT NULL,
    mandate_id     VARCHAR(200),
    PRIMARY KEY (assessment_id, cycle, gemeente, revision)
);
CREATE INDEX report_confirmation_at ON report_confirmation (confirmed_at);

CREATE TABLE report_mandate (
    mandate_id                VARCHAR(200) NOT NULL PRIMARY KEY,
    theme_code                VARCHAR(50)  NOT NULL,
    bestuurlijk_opdrachtgever VARCHAR(200),
    registered_at             TIMESTAMPTZ  NOT NULL,
    ended_at                  TIMESTAMPTZ
);
CREATE INDEX report_mandate_theme ON report_mandate (theme_code);

CREATE TABLE report_reflection (
    reflection_id VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code    VARCHAR(50),
    level         VARCHAR(50)  NOT NULL,
    answers       JSONB        NOT NULL,
    text          TEXT,
    by_name       VARCHAR(200),
    gemeente      VARCHAR(20),
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX report_reflection_at ON report_reflection (recorded_at);

CREATE TABLE report_form_choice (
    weighing_id       VARCHAR(100) NOT NULL,
    revision          INTEGER      NOT NULL,
    form              VARCHAR(50)  NOT NULL,
    themes            TEXT[]       NOT NULL,
    confirmed_by      TEXT[]       NOT NULL, -- the gemeenten whose bestuurder confirmed
    chosen_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (weighing_id, revision)
);

-- The route's inputs per theme (as RoutePhase.of reads them) and every change of the phase they give.
CREATE TABLE report_theme (
    theme_code        VARCHAR(50)  NOT NULL PRIMARY KEY,
    assessment_id     VARCHAR(100),
    in_round          BOOLEAN      NOT NULL DEFAULT FALSE,
    assessment_status VARCHAR(30),
    governance_form   VARCHAR(50),
    phase             VARCHAR(30)
);

CREATE TABLE report_phase_change (
    event_id   VARCHAR(100) NOT NULL,
    theme_code VARCHAR(50)  NOT NULL,
    phase      VARCHAR(30)  NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_id, theme_code)
);
CREATE INDEX report_phase_change_at ON report_phase_change (at);
