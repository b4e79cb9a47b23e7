package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The griffier records whether the raad agreed to a confirmation that went outside one of its kaders. */
public record RecordRaadVerdict(@TargetAggregateIdentifier String assessmentId, String gemeente, int revision,
                                Boolean agreed, Raadsbesluit raadsbesluit,
                                @TargetAggregateVersion Long expectedVersion) {
}
