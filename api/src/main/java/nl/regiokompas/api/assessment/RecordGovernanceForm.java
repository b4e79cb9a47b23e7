package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Phase 4: records which form of cooperation follows from the decided content. */
public record RecordGovernanceForm(@TargetAggregateIdentifier String assessmentId, String form, String rationale,
                                   @TargetAggregateVersion Long expectedVersion) {
}
