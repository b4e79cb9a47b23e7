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
 * Reads single links of the event hash chain as stored (not recomputed): the head, or the link at a position.
 * Runs in the caller's transaction when there is one.
 */
@Component
class ChainLinks {

    /** A stored link: its position, its hash and the event it names. */
    record StoredLink(long position, byte[] hash, String eventIdentifier) {

        HashChainAnchor anchor() {
            return new HashChainAnchor(position, EventHashLayout.hex(hash));
        }
    }

    private final JdbcTemplate jdbc;

    ChainLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredLink> head() {
        return first(jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new StoredLink(rs.getLong(1), rs.getBytes(2), rs.getString(3))));
    }

    Optional<StoredLink> at(long position) {
        return first(jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain WHERE position = ?",
                (rs, n) -> new StoredLink(rs.getLong(1), rs.getBytes(2), rs.getString(3)), position));
    }

    Optional<StoredLink> ofEvent(String eventIdentifier) {
        return first(jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain WHERE event_identifier = ?",
                (rs, n) -> new StoredLink(rs.getLong(1), rs.getBytes(2), rs.getString(3)), eventIdentifier));
    }

    @QueryHandler
    Optional<HashChainAnchor> handle(FindChainHead query) {
        return head().map(StoredLink::anchor);
    }

    @QueryHandler
    Optional<HashChainAnchor> handle(FindChainLink query) {
        return at(query.position()).map(StoredLink::anchor);
    }

    private static Optional<StoredLink> first(List<StoredLink> links) {
        return links.stream().findFirst();
    }
}
