-- Command-side lookup (issue 11 section 2): which mandate of a theme is active, and which assessments weigh which
-- theme, kept by ThemeMandateFollower in the same transaction as the events it follows.
CREATE TABLE command_theme_mandate (
    theme_code      VARCHAR(200) PRIMARY KEY,
    mandate_id      VARCHAR(200),
    mandate_version BIGINT       NOT NULL
);

CREATE TABLE command_assessment_theme (
    assessment_id VARCHAR(200) PRIMARY KEY,
    theme_code    VARCHAR(200) NOT NULL
);

CREATE INDEX command_assessment_theme_by_theme ON command_assessment_theme (theme_code);
