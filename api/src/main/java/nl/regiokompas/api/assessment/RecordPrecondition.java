package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Makes a precondition (randvoorwaarde) of the theme explicit. */
public record RecordPrecondition(@TargetAggregateIdentifier String assessmentId, String preconditionId, String kind,
                                 String text, @TargetAggregateVersion Long expectedVersion) {
}
