package nl.regiokompas.api.assessment;

import java.time.Instant;

/** Who confirmed a revision for a gemeente, and when, with the bestuurder's note (null without one). */
public record Confirmation(String gemeente, int revision, String confirmedBy, Instant confirmedAt, String note) {

    public Confirmation(String gemeente, int revision, String confirmedBy, Instant confirmedAt) {
        this(gemeente, revision, confirmedBy, confirmedAt, null);
    }
}
