package nl.regiokompas.query.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import nl.regiokompas.query.history.EventLinkCheck;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Checks the links of one aggregate's events without walking its whole stream: an event's link verifies when
 * its hash, recomputed from the event's stored columns and the stored hash of the link of the aggregate's
 * previous event, equals its stored hash. It catches an event altered in the database (and one without a link); a rewrite that also
 * recomputed the later links verifies here, and is caught only by an anchor (docs/audit.md).
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class StoredLinkCheck implements EventLinkCheck {

    private final JdbcTemplate jdbc;

    StoredLinkCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Boolean> linksOf(String aggregateIdentifier, long fromSequence) {
        Map<String, Boolean> verified = new HashMap<>();
        jdbc.query("""
                SELECT l.hash, p.hash AS predecessor_hash, e.global_index, e.event_identifier,
                       e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, e.payload_type,
                       e.payload_revision, e.payload, e.meta_data
                FROM domain_event_entry e
                LEFT JOIN event_stream_link l ON l.event_identifier = e.event_identifier
                LEFT JOIN event_stream_link p ON p.aggregate_identifier = l.aggregate_identifier
                                             AND p.sequence_number = l.sequence_number - 1
                WHERE e.aggregate_identifier = ? AND e.sequence_number >= ?""", (RowCallbackHandler) rs -> {
            byte[] hash = rs.getBytes("hash");
            byte[] predecessor = rs.getLong("sequence_number") == 0 ? EventHashLayout.genesis() : rs.getBytes("predecessor_hash");
            verified.put(rs.getString("event_identifier"), hash != null && predecessor != null
                    && predecessor.length == EventHashLayout.HASH_LENGTH
                    && Arrays.equals(EventHashLayout.link(predecessor, EventChainVerifier.storedEvent(rs)), hash));
        }, aggregateIdentifier, fromSequence);
        return verified;
    }
}
