package nl.regiokompas.web.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a local database superuser can do to the shared test database: change an event's payload and, for a
 * complete rewrite, recompute every link from that event on so that the chain verifies again. {@link #undo}
 * puts back exactly what was changed, so that the other tests find the original chain.
 */
final class ChainRewrite {

    private final JdbcTemplate jdbc;
    private final String eventId;
    private final byte[] originalPayload;
    private final List<Map<String, Object>> originalLinks;

    private ChainRewrite(JdbcTemplate jdbc, String eventId) {
        this.jdbc = jdbc;
        this.eventId = eventId;
        this.originalPayload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?",
                byte[].class, eventId);
        this.originalLinks = jdbc.queryForList("""
                SELECT position, previous_hash, hash FROM event_hash_chain
                WHERE position >= (SELECT position FROM event_hash_chain WHERE event_identifier = ?)""", eventId);
    }

    /** Replaces {@code from} by {@code to} in the event's payload, leaving its link as it was. */
    static ChainRewrite alter(JdbcTemplate jdbc, String eventId, String from, String to) {
        ChainRewrite rewrite = new ChainRewrite(jdbc, eventId);
        String altered = new String(rewrite.originalPayload, StandardCharsets.UTF_8).replace(from, to);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                altered.getBytes(StandardCharsets.UTF_8), eventId);
        return rewrite;
    }

    /** Alters the payload and recomputes the event's link and every link after it, as V3's trigger would. */
    static ChainRewrite rewrite(JdbcTemplate jdbc, String eventId, String from, String to) {
        ChainRewrite rewrite = alter(jdbc, eventId, from, to);
        long start = jdbc.queryForObject("SELECT position FROM event_hash_chain WHERE event_identifier = ?",
                Long.class, eventId);
        jdbc.execute("""
                DO $$
                DECLARE
                    previous BYTEA;
                    next     BYTEA;
                    link     RECORD;
                    e        domain_event_entry;
                BEGIN
                    SELECT hash INTO previous FROM event_hash_chain WHERE position = %d - 1;
                    FOR link IN SELECT position, event_identifier FROM event_hash_chain
                                WHERE position >= %d ORDER BY position LOOP
                        SELECT * INTO e FROM domain_event_entry WHERE event_identifier = link.event_identifier;
                        next := event_hash_link(previous, e);
                        UPDATE event_hash_chain SET previous_hash = previous, hash = next
                        WHERE position = link.position;
                        previous := next;
                    END LOOP;
                END
                $$""".formatted(start, start));
        return rewrite;
    }

    void undo() {
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", originalPayload, eventId);
        for (Map<String, Object> link : originalLinks) {
            jdbc.update("UPDATE event_hash_chain SET previous_hash = ?, hash = ? WHERE position = ?",
                    link.get("previous_hash"), link.get("hash"), link.get("position"));
        }
    }
}
