-- Projection "raad" (issue 12): the gemeenteraden's kaders, and per assessment what concerns the raden.
CREATE TABLE raad_kader (
    kader_id          VARCHAR(100) NOT NULL PRIMARY KEY,
    gemeente          VARCHAR(50)  NOT NULL,
    theme_code        VARCHAR(50)  NOT NULL,
    text              TEXT         NOT NULL,
    in_force          BOOLEAN      NOT NULL,
    besluit_date      DATE         NOT NULL,
    besluit_reference TEXT         NOT NULL,
    besluit_url       TEXT,
    set_at            TIMESTAMPTZ  NOT NULL,
    changed_at        TIMESTAMPTZ  NOT NULL,
    history           JSONB        NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX raad_kader_gemeente_theme ON raad_kader (gemeente, theme_code);

CREATE TABLE raad_assessment (
    assessment_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code        VARCHAR(50)  NOT NULL,
    title             TEXT         NOT NULL,
    gemeenten         TEXT[]       NOT NULL,
    cycle             INT          NOT NULL,
    decided           BOOLEAN      NOT NULL,
    first_proposed_at TIMESTAMPTZ,
    version           BIGINT       NOT NULL
);

-- One row per confirmation; "current" is false once a new revision or the raad's "not agreed" voided it.
CREATE TABLE raad_confirmation (
    assessment_id     VARCHAR(100) NOT NULL,
    sequence          BIGINT       NOT NULL,
    cycle             INT          NOT NULL,
    gemeente          VARCHAR(50)  NOT NULL,
    revision          INT          NOT NULL,
    confirmed_at      TIMESTAMPTZ  NOT NULL,
    confirmed_by      VARCHAR(100),
    answers           JSONB        NOT NULL,
    conditional       BOOLEAN      NOT NULL,
    verdict           VARCHAR(20),
    verdict_date      DATE,
    verdict_reference TEXT,
    current           BOOLEAN      NOT NULL,
    PRIMARY KEY (assessment_id, sequence)
);

CREATE TABLE raad_zienswijze_period (
    assessment_id VARCHAR(100) NOT NULL,
    cycle         INT          NOT NULL,
    revision      INT          NOT NULL,
    ends_on       DATE         NOT NULL,
    opened_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (assessment_id, cycle, revision)
);

CREATE TABLE raad_zienswijze (
    assessment_id        VARCHAR(100) NOT NULL,
    cycle                INT          NOT NULL,
    revision             INT          NOT NULL,
    gemeente             VARCHAR(50)  NOT NULL,
    text                 TEXT         NOT NULL,
    besluit_date         DATE         NOT NULL,
    besluit_reference    TEXT         NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    answer               TEXT,
    answered_in_revision INT,
    answered_at          TIMESTAMPTZ,
    PRIMARY KEY (assessment_id, cycle, revision, gemeente)
);

CREATE TABLE raad_informing (
    assessment_id VARCHAR(100) NOT NULL,
    sequence      BIGINT       NOT NULL,
    cycle         INT          NOT NULL,
    gemeente      VARCHAR(50)  NOT NULL,
    revision      INT          NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    informed_on   DATE         NOT NULL,
    reference     TEXT         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (assessment_id, sequence)
);
