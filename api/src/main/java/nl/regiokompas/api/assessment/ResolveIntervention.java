package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ResolveIntervention(@TargetAggregateIdentifier String assessmentId, String interventionId,
                                  InterventionOutcome outcome, String note,
                                  @TargetAggregateVersion Long expectedVersion) {
}
