-- Projection "reflections". reflection_assessment knows the theme of each assessment.
CREATE TABLE reflection_assessment (
    assessment_id VARCHAR(100) NOT NULL PRIMARY KEY,
    theme_code    VARCHAR(50)  NOT NULL
);

CREATE TABLE reflection (
    reflection_id VARCHAR(100) NOT NULL PRIMARY KEY,
    assessment_id VARCHAR(100),
    theme_code    VARCHAR(50),
    level         VARCHAR(30)  NOT NULL,
    answers       JSONB        NOT NULL,
    text          TEXT,
    by_user       VARCHAR(100),
    gemeente      VARCHAR(20),
    role          VARCHAR(30),
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reflection_level ON reflection (level, recorded_at);
CREATE INDEX reflection_recorded_at ON reflection (recorded_at);
CREATE INDEX reflection_assessment_id ON reflection (assessment_id);
