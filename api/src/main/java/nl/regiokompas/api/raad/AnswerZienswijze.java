package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A later revision answers the zienswijze that a raad gave on revision {@code revision}. */
public record AnswerZienswijze(@TargetAggregateIdentifier String assessmentId, String gemeente, int revision,
                               String text, @TargetAggregateVersion Long expectedVersion) {
}
