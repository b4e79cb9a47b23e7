package nl.regiokompas.api.assessment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The formal decision of a body of a gemeente (or the Bestuurstafel) on the confirmed package. */
public record RecordFormalDecision(@TargetAggregateIdentifier String assessmentId, String gemeente, FormalBody body,
                                   LocalDate date, String reference, String url,
                                   @TargetAggregateVersion Long expectedVersion) {
}
