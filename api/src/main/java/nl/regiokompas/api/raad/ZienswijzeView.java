package nl.regiokompas.api.raad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A zienswijze period on a revision, with the zienswijzen the raden gave and the answers of later revisions. */
public record ZienswijzeView(String assessmentId, String title, String themeCode, int cycle, int revision,
                             LocalDate endsOn, boolean open, List<Given> zienswijzen) {

    public record Given(String gemeente, String text, Raadsbesluit raadsbesluit, Instant recordedAt, String answer,
                        Integer answeredInRevision, Instant answeredAt) {
    }
}
