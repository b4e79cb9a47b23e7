package nl.regiokompas.api.common;

import java.util.List;

/** A command touched the same cell, proposal or confirmation as changes the client had not seen yet. */
public class ConcurrentChangeRefused extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;
    private final List<UnseenChange> unseenChanges;

    public ConcurrentChangeRefused(long expectedVersion, long actualVersion, List<UnseenChange> unseenChanges) {
        super("Iemand anders heeft intussen hetzelfde onderdeel gewijzigd (versie " + expectedVersion
                + " gezien, nu " + actualVersion + "). Bekijk de wijzigingen en probeer het opnieuw.");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.unseenChanges = List.copyOf(unseenChanges);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    public List<UnseenChange> unseenChanges() {
        return unseenChanges;
    }
}
