-- Command-side lookup: every mandate of a theme in order of registration, so that when the active mandate ends the
-- theme falls back to the one registered last that has not ended (as the query side shows it), kept by
-- ThemeMandateFollower in the same transaction as the mandate's events.
CREATE TABLE command_mandate (
    mandate_id       VARCHAR(200) PRIMARY KEY,
    theme_code       VARCHAR(200) NOT NULL,
    registered_order BIGSERIAL    NOT NULL,
    mandate_version  BIGINT       NOT NULL,
    ended            BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX command_mandate_by_theme ON command_mandate (theme_code, registered_order);
