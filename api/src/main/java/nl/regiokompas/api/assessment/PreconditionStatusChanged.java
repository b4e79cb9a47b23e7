package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/** A precondition's follow-up changed; {@code reviewDate} is the review date from now on (null: none). */
public record PreconditionStatusChanged(String assessmentId, int cycle, String preconditionId,
                                        PreconditionStatus status, String note, LocalDate reviewDate) {
}
