package nl.regiokompas.api.assessment;

import java.time.Instant;

/** Who confirmed a revision for a gemeente, and when. */
public record Confirmation(String gemeente, int revision, String confirmedBy, Instant confirmedAt) {
}
