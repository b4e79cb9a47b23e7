-- Who is looking at which assessment, across all application instances on this database. Each instance
-- writes the viewers of its own WebSocket sessions and refreshes seen_at while they stay; rows of an
-- instance that stopped without cleaning up expire.
CREATE TABLE live_viewer (
    instance_id   VARCHAR(64)  NOT NULL,
    session_id    VARCHAR(100) NOT NULL,
    assessment_id VARCHAR(100) NOT NULL,
    user_id       VARCHAR(100) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    gemeente      VARCHAR(20),
    seen_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (instance_id, session_id, assessment_id)
);
CREATE INDEX live_viewer_assessment ON live_viewer (assessment_id);
