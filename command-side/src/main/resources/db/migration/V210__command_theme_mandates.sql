-- Command-side lookup (issue 11 section 2): the mandates per theme (the active one of a theme is the one registered
-- last that has not ended) and which assessments weigh which theme, kept by ThemeMandateFollower in the same
-- transaction as the events it follows.
CREATE TABLE command_mandate (
    mandate_id      VARCHAR(200) PRIMARY KEY,
    theme_code      VARCHAR(200) NOT NULL,
    mandate_version BIGINT       NOT NULL,
    ended           BOOLEAN      NOT NULL DEFAULT FALSE,
    registered      BIGINT GENERATED ALWAYS AS IDENTITY
);

CREATE INDEX command_mandate_by_theme ON command_mandate (theme_code, registered);

CREATE TABLE command_assessment_theme (
    assessment_id VARCHAR(200) PRIMARY KEY,
    theme_code    VARCHAR(200) NOT NULL,
    decided       BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX command_assessment_theme_by_theme ON command_assessment_theme (theme_code);
