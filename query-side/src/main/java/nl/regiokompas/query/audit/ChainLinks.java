package nl.regiokompas.query.audit;

import java.util.List;
import java.util.Optional;

import nl.regiokompas.api.audit.FindChainHead;
import nl.regiokompas.api.audit.FindChainLink;
import nl.regiokompas.api.audit.HashChainAnchor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads single points of the event store's chains as stored (not recomputed): the latest checkpoint, a
 * checkpoint or a link of V3's global chain at a position, the stream link of an event. Runs in the caller's
 * transaction when there is one.
 */
@Component
class ChainLinks {

    /** A stored point of a chain: its position (checkpoint number, global position or stream sequence), hash, event. */
    record StoredLink(HashChainAnchor.Chain chain, long position, byte[] hash, String eventIdentifier) {

        HashChainAnchor anchor() {
            return new HashChainAnchor(chain, position, EventHashLayout.hex(hash));
        }
    }

    private final JdbcTemplate jdbc;

    ChainLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest checkpoint: the head that anchors everything up to it. */
    Optional<StoredLink> head() {
        return checkpoints("ORDER BY number DESC LIMIT 1");
    }

    /** The last link of the global chain that V3 kept for the events stored before V260. */
    Optional<StoredLink> globalHead() {
        return first(jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new StoredLink(HashChainAnchor.Chain.GLOBAL, rs.getLong(1), rs.getBytes(2), rs.getString(3))));
    }

    Optional<StoredLink> at(HashChainAnchor.Chain chain, long position) {
        if (chain == HashChainAnchor.Chain.CHECKPOINTS) {
            return checkpoints("WHERE number = ?", position);
        }
        return first(jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain WHERE position = ?",
                (rs, n) -> new StoredLink(chain, rs.getLong(1), rs.getBytes(2), rs.getString(3)), position));
    }

    /** The link of an event in its aggregate's stream; its position is the event's sequence number. */
    Optional<StoredLink> ofEvent(String eventIdentifier) {
        return first(jdbc.query("SELECT sequence_number, hash, event_identifier FROM event_stream_link WHERE event_identifier = ?",
                (rs, n) -> new StoredLink(null, rs.getLong(1), rs.getBytes(2), rs.getString(3)), eventIdentifier));
    }

    /**
     * Commits the heads of the streams that moved into a new checkpoint now, instead of at the next scheduled
     * one (a no-op when none moved, or when another instance is writing one at this moment).
     */
    void checkpointNow() {
        jdbc.queryForList("SELECT event_checkpoint_write()");
    }

    @QueryHandler
    Optional<HashChainAnchor> handle(FindChainHead query) {
        return head().map(StoredLink::anchor);
    }

    @QueryHandler
    Optional<HashChainAnchor> handle(FindChainLink query) {
        return at(query.chain(), query.position()).map(StoredLink::anchor);
    }

    private Optional<StoredLink> checkpoints(String condition, Object... arguments) {
        return first(jdbc.query("SELECT number, hash FROM event_checkpoint " + condition,
                (rs, n) -> new StoredLink(HashChainAnchor.Chain.CHECKPOINTS, rs.getLong(1), rs.getBytes(2), null),
                arguments));
    }

    private static Optional<StoredLink> first(List<StoredLink> links) {
        return links.stream().findFirst();
    }
}
