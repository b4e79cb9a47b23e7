-- Projection "evaluation-report", the raad's part (issue 12 §7, issue 15 §1): kaders, zienswijze periods and
-- zienswijzen, confirmations as the raad sees them (voorwaardelijk, verdict, voided) and informing the raad.
CREATE TABLE report_raad_kader (
    kader_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    gemeente    VARCHAR(50)  NOT NULL,
    theme_code  VARCHAR(50)  NOT NULL,
    text        TEXT         NOT NULL,
    set_at      TIMESTAMPTZ  NOT NULL,
    set_by_name VARCHAR(200)
);
CREATE INDEX report_raad_kader_set ON report_raad_kader (set_at);

CREATE TABLE report_raad_confirmation (
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INTEGER      NOT NULL,
    gemeente      VARCHAR(50)  NOT NULL,
    revision      INTEGER      NOT NULL,
    theme_code    VARCHAR(50)  NOT NULL,
    confirmed_at  TIMESTAMPTZ  NOT NULL,
    by_name       VARCHAR(200),
    conditional   BOOLEAN      NOT NULL DEFAULT FALSE,
    verdict       VARCHAR(20),
    verdict_at    TIMESTAMPTZ,
    voided_at     TIMESTAMPTZ,
    PRIMARY KEY (assessment_id, cycle, gemeente, revision)
);
CREATE INDEX report_raad_confirmation_at ON report_raad_confirmation (confirmed_at);

CREATE TABLE report_raad_informing (
    event_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INTEGER      NOT NULL,
    gemeente      VARCHAR(50)  NOT NULL,
    revision      INTEGER      NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    informed_on   DATE         NOT NULL,
    reference     TEXT,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    by_name       VARCHAR(200)
);
CREATE INDEX report_raad_informing_confirmation ON report_raad_informing (assessment_id, cycle, gemeente, revision);

CREATE TABLE report_raad_zienswijze_period (
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INTEGER      NOT NULL,
    revision      INTEGER      NOT NULL,
    theme_code    VARCHAR(50)  NOT NULL,
    gemeenten     TEXT[]       NOT NULL,
    opened_at     TIMESTAMPTZ  NOT NULL,
    ends_on       DATE         NOT NULL,
    PRIMARY KEY (assessment_id, cycle, revision)
);
CREATE INDEX report_raad_zienswijze_period_opened ON report_raad_zienswijze_period (opened_at);

CREATE TABLE report_raad_zienswijze (
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INTEGER      NOT NULL,
    revision      INTEGER      NOT NULL,
    gemeente      VARCHAR(50)  NOT NULL,
    theme_code    VARCHAR(50)  NOT NULL,
    text          TEXT         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    by_name       VARCHAR(200),
    PRIMARY KEY (assessment_id, cycle, revision, gemeente)
);
CREATE INDEX report_raad_zienswijze_recorded ON report_raad_zienswijze (recorded_at);
