package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The programmateam follows a precondition up: its status, with a note, and optionally a new review date. */
public record ChangePreconditionStatus(@TargetAggregateIdentifier String assessmentId, String preconditionId,
                                       PreconditionStatus status, String note, LocalDate reviewDate,
                                       @TargetAggregateVersion Long expectedVersion) {
}
