package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Starts the next cycle of a decided assessment; the earlier decision stays in history. */
public record ReopenAssessment(@TargetAggregateIdentifier String assessmentId, String reason,
                               @TargetAggregateVersion Long expectedVersion) {
}
