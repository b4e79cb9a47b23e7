package nl.regiokompas.web.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a DBA can remove from the shared test database, and how the tests put it back exactly as it was (rows
 * restored without new links), so that every other test finds intact chains.
 */
final class StreamTampering {

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final List<Map<String, Object>> events;
    private final List<Map<String, Object>> links;
    private final List<Map<String, Object>> heads;

    private StreamTampering(JdbcTemplate jdbc, PlatformTransactionManager transactions, String aggregate,
                            long fromSequence) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = jdbc.queryForList("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number >= ? ORDER BY sequence_number", aggregate, fromSequence);
        this.links = jdbc.queryForList("SELECT * FROM event_stream_link WHERE aggregate_identifier = ? "
                + "AND sequence_number >= ? ORDER BY sequence_number", aggregate, fromSequence);
        this.heads = jdbc.queryForList("SELECT * FROM event_stream_head WHERE aggregate_identifier = ?", aggregate);
    }

    /** Deletes the whole stream of an aggregate: its events, their links and its head. */
    static StreamTampering deleteStream(JdbcTemplate jdbc, PlatformTransactionManager transactions, String aggregate) {
        StreamTampering tampering = new StreamTampering(jdbc, transactions, aggregate, 0);
        jdbc.update("DELETE FROM event_stream_head WHERE aggregate_identifier = ?", aggregate);
        tampering.deleteEventsAndLinks(aggregate, 0);
        return tampering;
    }

    /** Deletes the newest events of an aggregate from {@code fromSequence} on, with their links. */
    static StreamTampering truncate(JdbcTemplate jdbc, PlatformTransactionManager transactions, String aggregate,
                                    long fromSequence) {
        StreamTampering tampering = new StreamTampering(jdbc, transactions, aggregate, fromSequence);
        tampering.deleteEventsAndLinks(aggregate, fromSequence);
        return tampering;
    }

    void undo() {
        restoreEvents(jdbc, transactions, events);
        restoreLinks(jdbc, links);
        for (Map<String, Object> head : heads) {
            jdbc.update("""
                            INSERT INTO event_stream_head (aggregate_identifier, sequence_number, hash, checkpointed_sequence,
                                checkpointed_hash) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (aggregate_identifier) DO NOTHING""", head.get("aggregate_identifier"),
                    head.get("sequence_number"), head.get("hash"), head.get("checkpointed_sequence"),
                    head.get("checkpointed_hash"));
        }
    }

    /** Puts deleted event rows back as they were, without writing new links for them. */
    static void restoreEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions, List<Map<String, Object>> rows) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER event_stream_link_append");
            for (Map<String, Object> row : rows) {
                jdbc.update("""
                                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                    sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                        row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                        row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
            }
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER event_stream_link_append");
        });
    }

    static void restoreLinks(JdbcTemplate jdbc, List<Map<String, Object>> links) {
        for (Map<String, Object> link : links) {
            jdbc.update("""
                            INSERT INTO event_stream_link (aggregate_identifier, sequence_number, event_identifier,
                                global_index, previous_hash, hash, chained_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", link.get("aggregate_identifier"), link.get("sequence_number"),
                    link.get("event_identifier"), link.get("global_index"), link.get("previous_hash"), link.get("hash"),
                    link.get("chained_at"));
        }
    }

    private void deleteEventsAndLinks(String aggregate, long fromSequence) {
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?",
                aggregate, fromSequence);
        jdbc.update("DELETE FROM event_stream_link WHERE aggregate_identifier = ? AND sequence_number >= ?",
                aggregate, fromSequence);
    }
}
