package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/** A precondition was made explicit; {@code owner} and {@code reviewDate} are null in older events. */
public record PreconditionRecorded(String assessmentId, int cycle, String preconditionId, String kind, String text,
                                   String owner, LocalDate reviewDate) {

    public PreconditionRecorded(String assessmentId, int cycle, String preconditionId, String kind, String text) {
        this(assessmentId, cycle, preconditionId, kind, text, null, null);
    }
}
