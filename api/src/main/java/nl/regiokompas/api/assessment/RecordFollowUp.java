package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The programmateam records the follow-up of a confirmed assessment, for the region's route to pick up. */
public record RecordFollowUp(@TargetAggregateIdentifier String assessmentId, FollowUp followUp, String note,
                             @TargetAggregateVersion Long expectedVersion) {
}
