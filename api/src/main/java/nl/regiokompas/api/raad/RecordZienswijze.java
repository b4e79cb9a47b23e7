package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The griffier records the zienswijze of the own raad during an open zienswijze period. */
public record RecordZienswijze(@TargetAggregateIdentifier String assessmentId, String gemeente, String text,
                               Raadsbesluit raadsbesluit, @TargetAggregateVersion Long expectedVersion) {
}
