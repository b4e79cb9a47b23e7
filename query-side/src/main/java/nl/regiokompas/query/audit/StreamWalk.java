package nl.regiokompas.query.audit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.audit.ChainVerification.BrokenLink;
import nl.regiokompas.api.audit.ChainVerification.Problem;
import nl.regiokompas.query.audit.CheckpointWalk.CheckpointedHead;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;

/**
 * Recomputes every aggregate's stream chain, fed the stream links grouped by aggregate in sequence order, and
 * holds each stream against the head the checkpoints recorded of it. Pure. Stops at the first problem:
 * <ul>
 * <li>ALTERED, MISSING, OUT_OF_SEQUENCE as in {@link ChainWalk}, within one stream (a deleted event with its link
 * is noticed at the next event of the same aggregate);</li>
 * <li>STREAM_REWRITTEN: the stream verifies in itself but its hash at a checkpointed head differs;</li>
 * <li>STREAM_TRUNCATED: the stream ends before its checkpointed head (its newest events were deleted);</li>
 * <li>STREAM_REMOVED: a checkpointed stream has no links left at all;</li>
 * <li>UNCHAINED: an event without any link (reported only when everything else holds).</li>
 * </ul>
 * Events stored after the last checkpoint are covered by their stream chain only: deleting them whole is
 * noticed from the next checkpoint on (docs/audit.md, the window).
 */
public final class StreamWalk {

    /** One stored stream link with the event it names; {@code event} null when the event row is gone. */
    public record StreamLink(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, long globalIndex,
                             byte[] previousHash, byte[] hash, StoredEvent event) {
    }

    private final Map<String, CheckpointedHead> checkpointed;
    private final Set<String> seen = new HashSet<>();
    private String stream;
    private long expectedSequence;
    private byte[] previous;
    private StreamLink last;
    private long checked;
    private BrokenLink broken;

    public StreamWalk(Map<String, CheckpointedHead> checkpointed) {
        this.checkpointed = Map.copyOf(checkpointed);
    }

    /** Checks the next link; false once something is broken (further links are then ignored). */
    public boolean accept(StreamLink link) {
        if (broken != null) {
            return false;
        }
        if (!link.aggregateIdentifier().equals(stream)) {
            endOfStream();
            if (broken != null) {
                return false;
            }
            stream = link.aggregateIdentifier();
            seen.add(stream);
            expectedSequence = 0;
            previous = EventHashLayout.genesis();
        }
        checked++;
        if (link.sequenceNumber() != expectedSequence || !Arrays.equals(link.previousHash(), previous)) {
            return broke(link, Problem.OUT_OF_SEQUENCE, "Gebeurtenis " + link.eventIdentifier() + " ("
                    + link.aggregateIdentifier() + " #" + link.sequenceNumber() + ") sluit niet aan op de vorige "
                    + "gebeurtenis van dezelfde stroom (verwacht #" + expectedSequence + "): een gebeurtenis met haar "
                    + "schakel is verwijderd, ingevoegd of verplaatst.");
        }
        if (link.event() == null) {
            return broke(link, Problem.MISSING, "Gebeurtenis " + link.eventIdentifier() + " (" + link.aggregateIdentifier()
                    + " #" + link.sequenceNumber() + ") staat in de keten maar niet meer in de gebeurtenissenopslag.");
        }
        byte[] recomputed = EventHashLayout.link(previous, link.event());
        if (!Arrays.equals(recomputed, link.hash())) {
            return broke(link, Problem.ALTERED, "Gebeurtenis " + link.eventIdentifier() + " ("
                    + link.aggregateIdentifier() + " #" + link.sequenceNumber() + ") is gewijzigd nadat zij werd opgeslagen.");
        }
        CheckpointedHead head = checkpointed.get(stream);
        if (head != null && head.sequenceNumber() == link.sequenceNumber() && !Arrays.equals(head.hash(), recomputed)) {
            return broke(link, Problem.STREAM_REWRITTEN, "De stroom van " + stream + " klopt in zichzelf, maar heeft bij #"
                    + link.sequenceNumber() + " een andere hash dan controlepunt " + head.checkpoint()
                    + " vastlegde: de stroom is herschreven nadat dat controlepunt werd vastgelegd.");
        }
        previous = recomputed;
        expectedSequence++;
        last = link;
        return true;
    }

    /** After the last link: checks the end of the last stream and the streams that have no links at all. */
    public void finish() {
        endOfStream();
        if (broken != null) {
            return;
        }
        checkpointed.keySet().stream().filter(aggregate -> !seen.contains(aggregate)).sorted().findFirst()
                .ifPresent(aggregate -> {
                    CheckpointedHead head = checkpointed.get(aggregate);
                    broken = new BrokenLink(null, null, aggregate, head.sequenceNumber(), null, Problem.STREAM_REMOVED,
                            "Controlepunt " + head.checkpoint() + " legde de stroom van " + aggregate + " vast tot en met #"
                                    + head.sequenceNumber() + ", maar die stroom heeft geen gebeurtenissen meer: "
                                    + "zij is in haar geheel verwijderd.");
                });
    }

    /** An event that has no link; breaks the walk unless it broke earlier already. */
    public void unchained(StoredEvent event) {
        if (broken == null) {
            checked++;
            broken = new BrokenLink(null, event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                    event.globalIndex(), Problem.UNCHAINED, "Gebeurtenis " + event.eventIdentifier() + " (global index "
                    + event.globalIndex() + ") is opgeslagen buiten de hashketen om.");
        }
    }

    public BrokenLink broken() {
        return broken;
    }

    public long checked() {
        return checked;
    }

    private void endOfStream() {
        if (stream == null || broken != null) {
            return;
        }
        CheckpointedHead head = checkpointed.get(stream);
        long lastSequence = last == null || !last.aggregateIdentifier().equals(stream) ? -1 : last.sequenceNumber();
        if (head != null && lastSequence < head.sequenceNumber()) {
            broken = new BrokenLink(null, null, stream, lastSequence + 1, null, Problem.STREAM_TRUNCATED, "De stroom van " + stream + " eindigt bij #" + lastSequence
                    + ", maar controlepunt " + head.checkpoint() + " legde haar vast tot en met #"
                    + head.sequenceNumber() + ": de nieuwste gebeurtenissen van deze stroom zijn verwijderd.");
        }
    }

    private boolean broke(StreamLink link, Problem problem, String description) {
        StoredEvent event = link.event();
        broken = new BrokenLink(link.sequenceNumber(), link.eventIdentifier(), link.aggregateIdentifier(),
                link.sequenceNumber(), event == null ? link.globalIndex() : event.globalIndex(), problem, description);
        return false;
    }
}
