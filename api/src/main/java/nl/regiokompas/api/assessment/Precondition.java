package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/**
 * A precondition of the package. {@code status} is {@link PreconditionStatus} by name (OPEN when unknown, as in
 * events written before statuses existed); {@code statusNote} the programmateam's note with the last change.
 */
public record Precondition(String preconditionId, String kind, String text, String owner, LocalDate reviewDate,
                           String status, String statusNote) {

    public Precondition {
        status = status == null ? PreconditionStatus.OPEN.name() : status;
    }

    public Precondition(String preconditionId, String kind, String text) {
        this(preconditionId, kind, text, null, null, null, null);
    }
}
