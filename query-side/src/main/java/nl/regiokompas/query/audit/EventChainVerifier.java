package nl.regiokompas.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiokompas.api.audit.AnchorCheck;
import nl.regiokompas.api.audit.AnchorFileCheck;
import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.ChainVerification.BrokenLink;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;
import nl.regiokompas.api.audit.VerifyEventChain;
import nl.regiokompas.query.audit.CheckpointLayout.Head;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the event store's chains in one repeatable-read snapshot (streamed): V3's global chain of the events
 * stored before V260 ({@link ChainWalk}), the chain of checkpoints ({@link CheckpointWalk}, whose first
 * checkpoint follows the global chain's head), and every aggregate's stream chain held against the heads the
 * checkpoints recorded ({@link StreamWalk}); then looks for events without any link. Anchors kept outside the
 * database (one given in the query, the anchor file's) are checked on the same walk, each against its chain.
 * The first problem found, in that order, is the one reported. See docs/audit.md.
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
        List<RecordedAnchor> fileAnchors = query.anchorFile() == null ? List.of() : query.anchorFile().anchors();
        List<HashChainAnchor> anchors = Stream.concat(Stream.ofNullable(query.anchor()),
                fileAnchors.stream().map(RecordedAnchor::anchor)).toList();
        ChainWalk global = walkGlobalChain(positionsIn(anchors, HashChainAnchor.Chain.GLOBAL));
        Optional<ChainLinks.StoredLink> globalHead = links.globalHead();
        byte[] start = global.broken() == null ? global.lastVerifiedHash()
                : globalHead.map(ChainLinks.StoredLink::hash).orElse(EventHashLayout.genesis());
        CheckpointWalk checkpoints = walkCheckpoints(new CheckpointWalk(start,
                positionsIn(anchors, HashChainAnchor.Chain.CHECKPOINTS)));
        StreamWalk streams = walkStreams(new StreamWalk(checkpoints.heads()));
        BrokenLink broken = Stream.of(global.broken(), checkpoints.broken(), streams.broken())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (broken == null) {
            unchainedEvent().ifPresent(streams::unchained);
            broken = streams.broken();
        }

        Optional<ChainLinks.StoredLink> head = links.head();
        long headNumber = head.map(ChainLinks.StoredLink::position).orElse(0L);
        long globalHeadPosition = globalHead.map(ChainLinks.StoredLink::position).orElse(0L);
        // a checkpoint covers events of every stream: while anything is broken, no checkpoint anchor is confirmed
        boolean intact = broken == null;
        Judge judge = (anchor, recordedAt) -> anchor.chain() == HashChainAnchor.Chain.CHECKPOINTS
                ? AnchorJudgement.judge(anchor, recordedAt, intact ? checkpoints.verifiedHashAt(anchor.position()) : null,
                headNumber, checkpoints.broken() == null ? null : checkpoints.broken().position())
                : global.check(anchor, recordedAt, globalHeadPosition);
        AnchorFileCheck fileCheck = query.anchorFile() == null ? null : AnchorFileCheck.of(fileAnchors.stream()
                .map(recorded -> judge.check(recorded.anchor(), recorded.recordedAt())).toList(),
                query.anchorFile().unreadableLines());
        return new ChainVerification(broken == null, streams.checked(), broken == null ? null : broken.eventIdentifier(),
                broken, headNumber, head.map(link -> EventHashLayout.hex(link.hash())).orElse(null),
                query.anchor() == null ? null : judge.check(query.anchor(), null), fileCheck, checkpoints.checked(),
                global.checked(), head.map(link -> link.anchor().text()).orElse(null));
    }

    private interface Judge {
        AnchorCheck check(HashChainAnchor anchor, java.time.Instant recordedAt);
    }

    private ChainWalk walkGlobalChain(Set<Long> anchorPositions) {
        ChainWalk walk = new ChainWalk(anchorPositions);
        walkRows("SELECT c.position, c.global_index AS link_global_index, c.event_identifier AS link_event, "
                + "c.previous_hash, c.hash, " + EVENT_COLUMNS + """
                 FROM event_hash_chain c
                LEFT JOIN domain_event_entry e ON e.event_identifier = c.event_identifier
                ORDER BY c.position""", rs -> walk.accept(new ChainWalk.Link(rs.getLong("position"),
                rs.getLong("link_global_index"), rs.getString("link_event"), rs.getBytes("previous_hash"),
                rs.getBytes("hash"), eventOrNull(rs))));
        return walk;
    }

    private CheckpointWalk walkCheckpoints(CheckpointWalk walk) {
        List<CheckpointWalk.Checkpoint> pending = new ArrayList<>(1);
        List<Head> heads = new ArrayList<>();
        walkRows("""
                SELECT c.number, c.previous_hash, c.created_at, c.head_count, c.hash,
                       h.aggregate_identifier, h.sequence_number, h.hash AS head_hash
                FROM event_checkpoint c
                LEFT JOIN event_checkpoint_head h ON h.checkpoint = c.number
                ORDER BY c.number""", rs -> {
            long number = rs.getLong("number");
            if (!pending.isEmpty() && pending.get(0).number() != number) {
                if (!walk.accept(withHeads(pending.remove(0), heads))) {
                    return false;
                }
                heads.clear();
            }
            if (pending.isEmpty()) {
                pending.add(new CheckpointWalk.Checkpoint(number, rs.getBytes("previous_hash"), rs.getString("created_at"),
                        rs.getLong("head_count"), rs.getBytes("hash"), List.of()));
            }
            if (rs.getString("aggregate_identifier") != null) {
                heads.add(new Head(rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                        rs.getBytes("head_hash")));
            }
            return true;
        });
        if (!pending.isEmpty()) {
            walk.accept(withHeads(pending.get(0), heads));
        }
        return walk;
    }

    private static CheckpointWalk.Checkpoint withHeads(CheckpointWalk.Checkpoint checkpoint, List<Head> heads) {
        return new CheckpointWalk.Checkpoint(checkpoint.number(), checkpoint.previousHash(), checkpoint.createdAt(),
                checkpoint.headCount(), checkpoint.hash(), List.copyOf(heads));
    }

    private StreamWalk walkStreams(StreamWalk walk) {
        walkRows("SELECT l.aggregate_identifier AS link_aggregate, l.sequence_number AS link_sequence, "
                + "l.event_identifier AS link_event, l.global_index AS link_global_index, l.previous_hash, l.hash, "
                + EVENT_COLUMNS + """
                 FROM event_stream_link l
                LEFT JOIN domain_event_entry e ON e.event_identifier = l.event_identifier
                ORDER BY l.aggregate_identifier, l.sequence_number""", rs -> walk.accept(new StreamWalk.StreamLink(
                rs.getString("link_aggregate"), rs.getLong("link_sequence"), rs.getString("link_event"),
                rs.getLong("link_global_index"), rs.getBytes("previous_hash"), rs.getBytes("hash"), eventOrNull(rs))));
        walk.finish();
        return walk;
    }

    private Optional<StoredEvent> unchainedEvent() {
        return jdbc.query("SELECT " + EVENT_COLUMNS + """
                 FROM domain_event_entry e
                WHERE NOT EXISTS (SELECT 1 FROM event_stream_link l WHERE l.event_identifier = e.event_identifier)
                  AND NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.event_identifier = e.event_identifier)
                ORDER BY e.global_index LIMIT 1""", (rs, n) -> storedEvent(rs)).stream().findFirst();
    }

    /** Streams the rows to {@code walk} until it answers false (the first problem is known then). */
    private void walkRows(String sql, RowWalk walk) {
        try {
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                if (!walk.accept(rs)) {
                    throw new StopWalk();
                }
            });
        } catch (StopWalk stop) {
            // the first problem is known; the rest proves nothing more
        }
    }

    private interface RowWalk {
        boolean accept(ResultSet rs) throws SQLException;
    }

    private static Set<Long> positionsIn(List<HashChainAnchor> anchors, HashChainAnchor.Chain chain) {
        Predicate<HashChainAnchor> ofChain = anchor -> anchor.chain() == chain;
        return anchors.stream().filter(ofChain).map(HashChainAnchor::position).collect(Collectors.toSet());
    }

    private static StoredEvent eventOrNull(ResultSet rs) throws SQLException {
        return rs.getString("event_identifier") == null ? null : storedEvent(rs);
    }

    static StoredEvent storedEvent(ResultSet rs) throws SQLException {
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
