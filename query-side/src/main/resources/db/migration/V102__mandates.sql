-- Projection "mandates": each mandate as it stands, and every registration, amendment and end.
CREATE TABLE mandate (
    mandate_id                VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code                VARCHAR(50)  NOT NULL,
    active                    BOOLEAN      NOT NULL,
    bestuurlijk_opdrachtgever TEXT,
    ambtelijk_opdrachtgever   TEXT,
    ambtenaar50               TEXT,
    powers                    JSONB        NOT NULL,
    registered_at             TIMESTAMPTZ  NOT NULL,
    ended_at                  TIMESTAMPTZ,
    version                   BIGINT       NOT NULL
);
CREATE INDEX mandate_theme ON mandate (theme_code);

CREATE TABLE mandate_change (
    mandate_id                VARCHAR(100) NOT NULL,
    sequence                  BIGINT       NOT NULL,
    kind                      VARCHAR(20)  NOT NULL,
    at                        TIMESTAMPTZ  NOT NULL,
    by_user                   VARCHAR(100),
    reason                    TEXT,
    bestuurlijk_opdrachtgever TEXT,
    ambtelijk_opdrachtgever   TEXT,
    ambtenaar50               TEXT,
    powers                    JSONB        NOT NULL,
    PRIMARY KEY (mandate_id, sequence)
);
