-- Command-side lookup (not a projection): the kaders in force per gemeente and theme, written by the subscribing
-- handler KadersInForce in the transaction that stores the kader's event. A confirmation is checked against it.
CREATE TABLE kader_in_force (
    kader_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    position   BIGSERIAL    NOT NULL,
    gemeente   VARCHAR(50)  NOT NULL,
    theme_code VARCHAR(50)  NOT NULL,
    text       TEXT         NOT NULL,
    reference  TEXT         NOT NULL
);
CREATE INDEX kader_in_force_gemeente_theme ON kader_in_force (gemeente, theme_code);
