package nl.regiokompas.api.audit;

import java.time.Instant;
import java.util.List;

/** One line of the anchor file: when the application recorded the chain head, and the head it saw. */
public record RecordedAnchor(Instant recordedAt, HashChainAnchor anchor) {

    /** The anchor file as read: its anchors in file order, and how many lines could not be read as one. */
    public record File(List<RecordedAnchor> anchors, int unreadableLines) {
    }
}
