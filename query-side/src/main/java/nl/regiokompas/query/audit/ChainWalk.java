package nl.regiokompas.query.audit;

import java.util.Arrays;

import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.ChainVerification.BrokenLink;
import nl.regiokompas.api.audit.ChainVerification.Problem;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;

/**
 * Recomputes the hash chain link by link, in chain position order, from the events themselves, and stops at
 * the first link that no longer matches. Pure: fed the stored links with their events, it answers the
 * verification. Which event is named:
 * <ul>
 * <li>ALTERED: any column of the event row changed (payload, metadata, timestamp, ...): that event.</li>
 * <li>MISSING: the event row of a link was deleted: the deleted event, as the link names it.</li>
 * <li>OUT_OF_SEQUENCE: a link does not follow its predecessor (an event was deleted together with its link,
 * or links were reordered or inserted): the event of the first link that no longer follows.</li>
 * <li>UNCHAINED: the chain itself is intact but the event table holds an event without a link (written while
 * the trigger was off): the first such event by global index.</li>
 * </ul>
 */
public final class ChainWalk {

    /** One stored link with the event it names; {@code event} null when the event row is gone. */
    public record Link(long position, long globalIndex, String eventIdentifier, byte[] previousHash, byte[] hash,
                       StoredEvent event) {
    }

    private byte[] previous = EventHashLayout.genesis();
    private long expectedPosition = 1;
    private long checked;
    private BrokenLink broken;

    /** Checks the next link; false once the chain is broken (further links are then ignored). */
    public boolean accept(Link link) {
        if (broken != null) {
            return false;
        }
        checked++;
        StoredEvent event = link.event();
        if (link.position() != expectedPosition || !Arrays.equals(link.previousHash(), previous)) {
            broken = brokenAt(link, Problem.OUT_OF_SEQUENCE, "Schakel " + link.position()
                    + " sluit niet aan op de vorige schakel (verwacht positie " + expectedPosition
                    + "): een gebeurtenis met haar schakel is verwijderd, ingevoegd of verplaatst.");
            return false;
        }
        if (event == null) {
            broken = new BrokenLink(link.position(), link.eventIdentifier(), null, null, link.globalIndex(),
                    Problem.MISSING, "Gebeurtenis " + link.eventIdentifier() + " (global index " + link.globalIndex()
                    + ") staat in de keten maar niet meer in de gebeurtenissenopslag.");
            return false;
        }
        byte[] recomputed = EventHashLayout.link(previous, event);
        if (!Arrays.equals(recomputed, link.hash())) {
            broken = brokenAt(link, Problem.ALTERED, "Gebeurtenis " + event.eventIdentifier() + " ("
                    + event.aggregateIdentifier() + " #" + event.sequenceNumber()
                    + ") is gewijzigd nadat zij werd opgeslagen.");
            return false;
        }
        previous = recomputed;
        expectedPosition++;
        return true;
    }

    /** An event that has no link; breaks the chain unless it broke earlier already. */
    public void unchained(StoredEvent event) {
        if (broken == null) {
            checked++;
            broken = new BrokenLink(null, event.eventIdentifier(), event.aggregateIdentifier(),
                    event.sequenceNumber(), event.globalIndex(), Problem.UNCHAINED, "Gebeurtenis "
                    + event.eventIdentifier() + " (global index " + event.globalIndex()
                    + ") is opgeslagen buiten de hashketen om.");
        }
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** The outcome, with the head of the chain as stored (its last position and hash). */
    public ChainVerification result(long headPosition, byte[] headHash) {
        return new ChainVerification(broken == null, checked, broken == null ? null : broken.eventIdentifier(),
                broken, headPosition, EventHashLayout.hex(headHash));
    }

    private static BrokenLink brokenAt(Link link, Problem problem, String description) {
        StoredEvent event = link.event();
        return new BrokenLink(link.position(), link.eventIdentifier(),
                event == null ? null : event.aggregateIdentifier(), event == null ? null : event.sequenceNumber(),
                link.globalIndex(), problem, description);
    }
}
