package nl.regiokompas.query.audit;

import java.util.List;
import java.util.Optional;

import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.VerifyEventChain;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the event hash chain: reads every link in position order with the event row it names (streamed,
 * in one repeatable-read snapshot, so that events being written meanwhile are either wholly in or out) and
 * recomputes each link from the event's stored columns with {@link ChainWalk}; then looks for events without a
 * link. Anchors kept outside the database (one given in the query, the anchor file's) are checked on the same
 * walk. Covers the PostgreSQL event store (embedded and external); see docs/audit.md.
 */
@Component
class EventChainVerifier {

    private static final int FETCH_SIZE = 500;
    private static final String EVENT_COLUMNS = """
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp,
            e.payload_type, e.payload_revision, e.payload, e.meta_data""";

    private final JdbcTemplate jdbc;
    private final ChainLinks links;
    private final TransactionTemplate snapshot;

    EventChainVerifier(JdbcTemplate jdbc, ChainLinks links, PlatformTransactionManager transactions) {
        this.links = links;
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @QueryHandler
    ChainVerification handle(VerifyEventChain query) {
        return snapshot.execute(status -> verify(query));
    }

    private ChainVerification verify(VerifyEventChain query) {
        ChainWalk walk = new ChainWalk(ChainWalk.positionsOf(query.anchor(), query.anchorFile()));
        try {
            jdbc.query("SELECT c.position, c.global_index AS link_global_index, c.event_identifier AS link_event, "
                    + "c.previous_hash, c.hash, " + EVENT_COLUMNS + """
                     FROM event_hash_chain c
                    LEFT JOIN domain_event_entry e ON e.event_identifier = c.event_identifier
                    ORDER BY c.position""", (RowCallbackHandler) rs -> {
                StoredEvent event = rs.getString("event_identifier") == null ? null : storedEvent(rs);
                if (!walk.accept(new ChainWalk.Link(rs.getLong("position"), rs.getLong("link_global_index"),
                        rs.getString("link_event"), rs.getBytes("previous_hash"), rs.getBytes("hash"), event))) {
                    throw new StopWalk();
                }
            });
        } catch (StopWalk stop) {
            // the first broken link is known; the rest of the chain proves nothing more
        }
        if (!walk.isBroken()) {
            List<StoredEvent> unchained = jdbc.query("SELECT " + EVENT_COLUMNS + """
                     FROM domain_event_entry e
                    WHERE NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.event_identifier = e.event_identifier)
                    ORDER BY e.global_index LIMIT 1""", (rs, n) -> storedEvent(rs));
            unchained.forEach(walk::unchained);
        }
        Optional<ChainLinks.StoredLink> head = links.head();
        return walk.result(head.map(ChainLinks.StoredLink::position).orElse(0L),
                head.map(ChainLinks.StoredLink::hash).orElse(null), query.anchor(), query.anchorFile());
    }

    static StoredEvent storedEvent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
    }

    private static final class StopWalk extends RuntimeException {
        StopWalk() {
            super(null, null, false, false);
        }
    }
}
