-- Projection "route" (issue 13, phase 2): the agenda, each theme's place on the route, scores, the
-- Bestuurstafel's meetings, the glossary, and every change of route and framework with who and when.
CREATE TABLE route_theme (
    theme_code        VARCHAR(50)  NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    description       TEXT,
    added             BOOLEAN      NOT NULL DEFAULT FALSE,
    in_framework      BOOLEAN      NOT NULL DEFAULT FALSE,
    position          INTEGER,
    in_round          BOOLEAN      NOT NULL DEFAULT FALSE,
    assessment_id     VARCHAR(100),
    assessment_status VARCHAR(20),
    governance_form   VARCHAR(50),
    follow_up         TEXT
);

CREATE TABLE route_gemeente (
    code VARCHAR(20)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    ord  INTEGER      NOT NULL
);

CREATE TABLE route_assessment (
    assessment_id VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code    VARCHAR(50)  NOT NULL
);

CREATE TABLE route_score (
    theme_code  VARCHAR(50)  NOT NULL,
    gemeente    VARCHAR(20)  NOT NULL,
    urgency     INTEGER      NOT NULL,
    opportunity INTEGER      NOT NULL,
    argument    TEXT         NOT NULL,
    scored_at   TIMESTAMPTZ  NOT NULL,
    scored_by   VARCHAR(100),
    PRIMARY KEY (theme_code, gemeente)
);

CREATE TABLE route_meeting (
    event_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    meeting_date  DATE         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(100),
    note          TEXT,
    theme_order   JSONB        NOT NULL,
    current_round JSONB        NOT NULL
);
CREATE INDEX route_meeting_recorded_at ON route_meeting (recorded_at);

CREATE TABLE route_glossary (
    term_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    term      VARCHAR(200) NOT NULL,
    revision  INTEGER      NOT NULL,
    text      TEXT         NOT NULL,
    edited_at TIMESTAMPTZ  NOT NULL,
    edited_by VARCHAR(100)
);

CREATE TABLE route_change (
    event_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    by_user     VARCHAR(100),
    role        VARCHAR(30),
    gemeente    VARCHAR(20),
    type        VARCHAR(100) NOT NULL,
    theme_code  VARCHAR(50),
    description TEXT         NOT NULL
);
CREATE INDEX route_change_at ON route_change (at);
