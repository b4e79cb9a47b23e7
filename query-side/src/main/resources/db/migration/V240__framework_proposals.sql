-- Projection "framework-proposals" (issue 13, phase 1): proposed framework versions and each gemeente's answer.
CREATE TABLE framework_proposal (
    version      INTEGER      NOT NULL PRIMARY KEY,
    based_on     INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    proposed_at  TIMESTAMPTZ  NOT NULL,
    proposed_by  VARCHAR(100),
    reason       TEXT,
    participants JSONB        NOT NULL,
    in_force_at  TIMESTAMPTZ,
    content      JSONB        NOT NULL
);

CREATE TABLE framework_proposal_position (
    version    INTEGER      NOT NULL,
    gemeente   VARCHAR(20)  NOT NULL,
    position   VARCHAR(20)  NOT NULL,
    reason     TEXT,
    at         TIMESTAMPTZ  NOT NULL,
    by_user    VARCHAR(100),
    PRIMARY KEY (version, gemeente)
);
