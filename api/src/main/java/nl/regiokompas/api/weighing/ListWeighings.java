package nl.regiokompas.api.weighing;

import java.time.Instant;

/** The weighings opened in [{@code from}, {@code to}) (each bound optional), newest first. */
public record ListWeighings(Instant from, Instant to) {

    public static ListWeighings all() {
        return new ListWeighings(null, null);
    }
}
