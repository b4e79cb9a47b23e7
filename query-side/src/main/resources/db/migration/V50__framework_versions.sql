-- Projection: every adopted version of the afwegingskader, with its full content.
CREATE TABLE framework_version (
    region_code VARCHAR(20)  NOT NULL,
    version     INTEGER      NOT NULL,
    adopted_at  TIMESTAMPTZ  NOT NULL,
    adopted_by  VARCHAR(100),
    reason      TEXT,
    content     JSONB        NOT NULL,
    PRIMARY KEY (region_code, version)
);
