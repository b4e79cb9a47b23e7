-- Tamper evidence: a hash chain over every event in domain_event_entry, in storage order.
--
-- Each link covers the hash of the previous link and every column of the event row. The trigger below
-- writes the link in the same transaction as the event; pg_advisory_xact_lock serializes all writers of
-- events (also several application instances on one database) until they commit, so that the chain has
-- exactly one order: the order of "position". Position is assigned under the lock and has no gaps.
--
-- Byte layout hashed for link n (SHA-256, PostgreSQL's built-in sha256(bytea)); see docs/audit.md and
-- nl.regiokompas.query.audit.EventHashLayout, which recomputes it in Java:
--   previous hash (32 bytes; 32 zero bytes for the first link)
--   || int8(global_index)
--   || field(event_identifier) || field(aggregate_identifier)
--   || int8(sequence_number)
--   || field(type) || field(time_stamp) || field(payload_type) || field(payload_revision)
--   || field(payload) || field(meta_data)
-- where int8 is 8 bytes big-endian two's complement, field(x) is int4(byte length of x) || bytes of x
-- (texts as UTF-8), and field(NULL) is int4(-1) with no bytes. int4 is 4 bytes big-endian.

CREATE TABLE event_hash_chain (
    position         BIGINT       NOT NULL PRIMARY KEY,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    previous_hash    BYTEA        NOT NULL,
    hash             BYTEA        NOT NULL,
    chained_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE FUNCTION event_hash_field(value bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(octet_length(value)) || value END
$$;

CREATE FUNCTION event_hash_text(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS
$$
SELECT event_hash_field(convert_to(value, 'UTF8'))
$$;

CREATE FUNCTION event_hash_link(previous bytea, e domain_event_entry) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS
$$
SELECT sha256(previous
                  || int8send(e.global_index)
                  || event_hash_text(e.event_identifier)
                  || event_hash_text(e.aggregate_identifier)
                  || int8send(e.sequence_number)
                  || event_hash_text(e.type)
                  || event_hash_text(e.time_stamp)
                  || event_hash_text(e.payload_type)
                  || event_hash_text(e.payload_revision)
                  || event_hash_field(e.payload)
                  || event_hash_field(e.meta_data))
$$;

-- The lock key is a constant of this application ('RKCHAIN' in ASCII); every writer of events takes it.
CREATE FUNCTION event_hash_chain_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    last_position BIGINT;
    last_hash     BYTEA;
BEGIN
    PERFORM pg_advisory_xact_lock(23163700437403982);
    SELECT position, hash INTO last_position, last_hash
    FROM event_hash_chain ORDER BY position DESC LIMIT 1;
    IF last_position IS NULL THEN
        last_position := 0;
        last_hash := decode(repeat('00', 32), 'hex');
    END IF;
    INSERT INTO event_hash_chain (position, global_index, event_identifier, previous_hash, hash)
    VALUES (last_position + 1, NEW.global_index, NEW.event_identifier, last_hash,
            event_hash_link(last_hash, NEW));
    RETURN NULL;
END
$$;

-- Events stored before this migration (a data directory of an earlier version) are chained first, in
-- global_index order.
DO
$$
DECLARE
    e             domain_event_entry;
    last_position BIGINT := 0;
    last_hash     BYTEA := decode(repeat('00', 32), 'hex');
    next_hash     BYTEA;
BEGIN
    FOR e IN SELECT * FROM domain_event_entry ORDER BY global_index LOOP
        next_hash := event_hash_link(last_hash, e);
        last_position := last_position + 1;
        INSERT INTO event_hash_chain (position, global_index, event_identifier, previous_hash, hash)
        VALUES (last_position, e.global_index, e.event_identifier, last_hash, next_hash);
        last_hash := next_hash;
    END LOOP;
END
$$;

CREATE TRIGGER event_hash_chain_append
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_hash_chain_append();
