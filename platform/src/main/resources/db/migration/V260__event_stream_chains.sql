-- No global write lock (issue 14 §2): each aggregate's stream is chained on its own, and background
-- checkpoints commit the heads of all streams in a chain of their own. Replaces V3's global chain for every
-- event stored from now on; V3's table stays as it is (frozen) and is still verified. See docs/audit.md.
--
-- Link of an event: the same bytes as V3 (event_hash_link), but the previous hash is the hash of the link of
-- the previous event of the same aggregate (sequence_number - 1), or 32 zero bytes for sequence 0. The unique
-- (aggregate_identifier, sequence_number) of domain_event_entry already orders a stream and lets exactly one
-- writer of a sequence number commit, so the trigger takes no lock of its own: writers of different
-- aggregates never wait for each other.
--
-- Checkpoint k (written by event_checkpoint_write(), called every few seconds by the application):
--   SHA-256( previous hash (32 bytes; for checkpoint 1 the head hash of V3's chain, or 32 zero bytes when it is empty)
--            || int8(k) || field(created_at) || int8(number of heads in k)
--            || per head, in byte order of aggregate_identifier: field(aggregate_identifier) || int8(sequence_number) || hash )
-- A checkpoint holds the heads of the streams that moved since the previous one; the heads of all streams at k
-- are those of checkpoints 1..k, the latest per stream, which the chain of checkpoint hashes commits to.

CREATE TABLE event_stream_link (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    global_index         BIGINT       NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    hash                 BYTEA        NOT NULL,
    chained_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- The newest link per stream (maintained by the trigger) and the head the last checkpoint recorded of it.
CREATE TABLE event_stream_head (
    aggregate_identifier  VARCHAR(255) NOT NULL PRIMARY KEY,
    sequence_number       BIGINT       NOT NULL,
    hash                  BYTEA        NOT NULL,
    checkpointed_sequence BIGINT,
    checkpointed_hash     BYTEA
);

CREATE TABLE event_checkpoint (
    number        BIGINT      NOT NULL PRIMARY KEY,
    previous_hash BYTEA       NOT NULL,
    created_at    VARCHAR(32) NOT NULL,
    head_count    BIGINT      NOT NULL,
    hash          BYTEA       NOT NULL
);

CREATE TABLE event_checkpoint_head (
    checkpoint           BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    hash                 BYTEA        NOT NULL,
    PRIMARY KEY (checkpoint, aggregate_identifier)
);

CREATE FUNCTION event_stream_link_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
    next     BYTEA;
BEGIN
    -- a missing predecessor link (tampering, or an event written past the trigger) gives 32 zero bytes: verify
    -- then names the predecessor as unchained
    SELECT hash INTO previous FROM event_stream_link
    WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    previous := coalesce(previous, decode(repeat('00', 32), 'hex'));
    next := event_hash_link(previous, NEW);
    INSERT INTO event_stream_link (aggregate_identifier, sequence_number, event_identifier, global_index,
                                   previous_hash, hash)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.event_identifier, NEW.global_index, previous, next);
    INSERT INTO event_stream_head AS h (aggregate_identifier, sequence_number, hash)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, next)
    ON CONFLICT (aggregate_identifier) DO UPDATE SET sequence_number = excluded.sequence_number, hash = excluded.hash
    WHERE h.sequence_number < excluded.sequence_number;
    RETURN NULL;
END
$$;

-- Writes the next checkpoint with the heads that moved since the last one; NULL when none moved or another
-- instance is writing one right now. Heads of transactions still open are left for the next checkpoint
-- (SKIP LOCKED): a checkpoint never waits for a writer.
CREATE FUNCTION event_checkpoint_write() RETURNS BIGINT
    LANGUAGE plpgsql AS
$$
DECLARE
    next_number BIGINT;
    previous    BYTEA;
    stamp       VARCHAR(32) := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    heads       BIGINT;
    body        BYTEA;
BEGIN
    -- 'RKCHKPT' in ASCII: taken only by checkpoint writers, never by writers of events
    IF NOT pg_try_advisory_xact_lock(23163700438061140) THEN
        RETURN NULL;
    END IF;
    SELECT number + 1, hash INTO next_number, previous FROM event_checkpoint ORDER BY number DESC LIMIT 1;
    IF next_number IS NULL THEN
        next_number := 1;
        previous := coalesce((SELECT hash FROM event_hash_chain ORDER BY position DESC LIMIT 1),
                             decode(repeat('00', 32), 'hex'));
    END IF;
    WITH moved AS (
        UPDATE event_stream_head h
        SET checkpointed_sequence = h.sequence_number, checkpointed_hash = h.hash
        FROM (SELECT aggregate_identifier FROM event_stream_head
              WHERE checkpointed_sequence IS DISTINCT FROM sequence_number
              FOR UPDATE SKIP LOCKED) m
        WHERE h.aggregate_identifier = m.aggregate_identifier
        RETURNING h.aggregate_identifier, h.sequence_number, h.hash)
    INSERT INTO event_checkpoint_head (checkpoint, aggregate_identifier, sequence_number, hash)
    SELECT next_number, aggregate_identifier, sequence_number, hash FROM moved;
    GET DIAGNOSTICS heads = ROW_COUNT;
    IF heads = 0 THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(event_hash_text(aggregate_identifier) || int8send(sequence_number) || hash, ''::bytea
                      ORDER BY convert_to(aggregate_identifier, 'UTF8'))
    INTO body FROM event_checkpoint_head WHERE checkpoint = next_number;
    INSERT INTO event_checkpoint (number, previous_hash, created_at, head_count, hash)
    VALUES (next_number, previous, stamp, heads,
            sha256(previous || int8send(next_number) || event_hash_text(stamp) || int8send(heads) || body));
    RETURN next_number;
END
$$;

-- Events stored under V3 get their stream links too, computed now from the stored rows (their integrity since
-- they were first stored rests on V3's chain, which verify still walks and checkpoint 1 is tied to).
DO
$$
DECLARE
    e         domain_event_entry;
    stream    VARCHAR(255);
    previous  BYTEA;
    next      BYTEA;
BEGIN
    FOR e IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF stream IS DISTINCT FROM e.aggregate_identifier OR e.sequence_number = 0 THEN
            previous := decode(repeat('00', 32), 'hex');
            stream := e.aggregate_identifier;
        END IF;
        next := event_hash_link(previous, e);
        INSERT INTO event_stream_link (aggregate_identifier, sequence_number, event_identifier, global_index,
                                       previous_hash, hash)
        VALUES (e.aggregate_identifier, e.sequence_number, e.event_identifier, e.global_index, previous, next);
        INSERT INTO event_stream_head (aggregate_identifier, sequence_number, hash)
        VALUES (e.aggregate_identifier, e.sequence_number, next)
        ON CONFLICT (aggregate_identifier) DO UPDATE SET sequence_number = excluded.sequence_number, hash = excluded.hash;
        previous := next;
    END LOOP;
END
$$;
SELECT event_checkpoint_write();

DROP TRIGGER event_hash_chain_append ON domain_event_entry;
DROP FUNCTION event_hash_chain_append();

CREATE TRIGGER event_stream_link_append
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_stream_link_append();
