package nl.regiokompas.web.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regiokompas.query.audit.CheckpointLayout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a local database superuser can do to the shared test database: change an event's payload and, for a
 * complete rewrite, recompute every later link of the event's stream, the heads the checkpoints recorded of it
 * and every checkpoint, so that everything verifies again. {@link #undo} puts back exactly what was changed,
 * so that the other tests find the original chains.
 */
final class ChainRewrite {

    private final JdbcTemplate jdbc;
    private final String eventId;
    private final String aggregate;
    private final long sequence;
    private final byte[] originalPayload;
    private final List<Map<String, Object>> originalLinks;
    private final List<Map<String, Object>> originalHeads;
    private final List<Map<String, Object>> originalCheckpointHeads;
    private final List<Map<String, Object>> originalCheckpoints;

    private ChainRewrite(JdbcTemplate jdbc, String eventId) {
        this.jdbc = jdbc;
        this.eventId = eventId;
        Map<String, Object> event = jdbc.queryForMap("""
                SELECT aggregate_identifier, sequence_number, payload FROM domain_event_entry
                WHERE event_identifier = ?""", eventId);
        this.aggregate = (String) event.get("aggregate_identifier");
        this.sequence = (Long) event.get("sequence_number");
        this.originalPayload = (byte[]) event.get("payload");
        this.originalLinks = jdbc.queryForList("""
                SELECT aggregate_identifier, sequence_number, previous_hash, hash FROM event_stream_link
                WHERE aggregate_identifier = ? AND sequence_number >= ?""", aggregate, sequence);
        this.originalHeads = jdbc.queryForList("SELECT * FROM event_stream_head WHERE aggregate_identifier = ?", aggregate);
        this.originalCheckpointHeads = jdbc.queryForList("""
                SELECT checkpoint, aggregate_identifier, hash FROM event_checkpoint_head
                WHERE aggregate_identifier = ?""", aggregate);
        this.originalCheckpoints = jdbc.queryForList("SELECT number, previous_hash, hash FROM event_checkpoint");
    }

    /** Replaces {@code from} by {@code to} in the event's payload, leaving its link as it was. */
    static ChainRewrite alter(JdbcTemplate jdbc, String eventId, String from, String to) {
        ChainRewrite rewrite = new ChainRewrite(jdbc, eventId);
        String altered = new String(rewrite.originalPayload, StandardCharsets.UTF_8).replace(from, to);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                altered.getBytes(StandardCharsets.UTF_8), eventId);
        return rewrite;
    }

    /** Alters the payload and recomputes the stream's links from the event on, as V260's trigger would. */
    static ChainRewrite rewriteStream(JdbcTemplate jdbc, String eventId, String from, String to) {
        ChainRewrite rewrite = alter(jdbc, eventId, from, to);
        jdbc.execute("""
                DO $$
                DECLARE
                    previous BYTEA;
                    next     BYTEA;
                    e        domain_event_entry;
                BEGIN
                    SELECT coalesce((SELECT hash FROM event_stream_link WHERE aggregate_identifier = '%1$s'
                                     AND sequence_number = %2$d - 1), decode(repeat('00', 32), 'hex')) INTO previous;
                    FOR e IN SELECT * FROM domain_event_entry WHERE aggregate_identifier = '%1$s'
                             AND sequence_number >= %2$d ORDER BY sequence_number LOOP
                        next := event_hash_link(previous, e);
                        UPDATE event_stream_link SET previous_hash = previous, hash = next
                        WHERE event_identifier = e.event_identifier;
                        previous := next;
                    END LOOP;
                    UPDATE event_stream_head h SET hash = l.hash,
                        checkpointed_hash = CASE WHEN h.checkpointed_sequence IS NULL THEN NULL ELSE l.hash END
                    FROM event_stream_link l
                    WHERE h.aggregate_identifier = '%1$s' AND l.aggregate_identifier = h.aggregate_identifier
                      AND l.sequence_number = h.sequence_number;
                END
                $$""".formatted(rewrite.aggregate, rewrite.sequence));
        return rewrite;
    }

    /** A complete rewrite: the stream from the event on, the heads the checkpoints recorded of it, and every checkpoint. */
    static ChainRewrite rewrite(JdbcTemplate jdbc, String eventId, String from, String to) {
        ChainRewrite rewrite = rewriteStream(jdbc, eventId, from, to);
        jdbc.update("""
                UPDATE event_checkpoint_head c SET hash = l.hash FROM event_stream_link l
                WHERE c.aggregate_identifier = ? AND l.aggregate_identifier = c.aggregate_identifier
                  AND l.sequence_number = c.sequence_number""", rewrite.aggregate);
        byte[] previous = jdbc.queryForObject("SELECT previous_hash FROM event_checkpoint WHERE number = 1", byte[].class);
        for (Map<String, Object> checkpoint : jdbc.queryForList("SELECT * FROM event_checkpoint ORDER BY number")) {
            long number = (Long) checkpoint.get("number");
            List<CheckpointLayout.Head> heads = new ArrayList<>();
            jdbc.query("SELECT aggregate_identifier, sequence_number, hash FROM event_checkpoint_head WHERE checkpoint = ?",
                    rs -> {
                        heads.add(new CheckpointLayout.Head(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
                    }, number);
            byte[] next = CheckpointLayout.hash(previous, number, (String) checkpoint.get("created_at"), heads);
            jdbc.update("UPDATE event_checkpoint SET previous_hash = ?, hash = ? WHERE number = ?", previous, next, number);
            previous = next;
        }
        return rewrite;
    }

    void undo() {
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", originalPayload, eventId);
        for (Map<String, Object> link : originalLinks) {
            jdbc.update("""
                            UPDATE event_stream_link SET previous_hash = ?, hash = ?
                            WHERE aggregate_identifier = ? AND sequence_number = ?""", link.get("previous_hash"),
                    link.get("hash"), link.get("aggregate_identifier"), link.get("sequence_number"));
        }
        for (Map<String, Object> head : originalHeads) {
            jdbc.update("UPDATE event_stream_head SET hash = ?, checkpointed_hash = ? WHERE aggregate_identifier = ?",
                    head.get("hash"), head.get("checkpointed_hash"), head.get("aggregate_identifier"));
        }
        for (Map<String, Object> head : originalCheckpointHeads) {
            jdbc.update("UPDATE event_checkpoint_head SET hash = ? WHERE checkpoint = ? AND aggregate_identifier = ?",
                    head.get("hash"), head.get("checkpoint"), head.get("aggregate_identifier"));
        }
        for (Map<String, Object> checkpoint : originalCheckpoints) {
            jdbc.update("UPDATE event_checkpoint SET previous_hash = ?, hash = ? WHERE number = ?",
                    checkpoint.get("previous_hash"), checkpoint.get("hash"), checkpoint.get("number"));
        }
    }
}
