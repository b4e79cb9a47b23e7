package nl.regiokompas.api.raad;

import java.time.Instant;

/** The raad figures of the evaluation for confirmations and zienswijzen in [from, to) (either may be null). */
public record FindRaadFigures(Instant from, Instant to) {
}
