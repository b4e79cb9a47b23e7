package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A gemeente intervenes locally on the regional proposal; this blocks the decision until resolved. */
public record IntervenLocally(@TargetAggregateIdentifier String assessmentId, String interventionId, String gemeente,
                              String layer, InterventionKind kind, String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
