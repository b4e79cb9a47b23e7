package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The bestuurder of a gemeente withdraws that gemeente's confirmation of the current revision, with a reason. */
public record WithdrawConfirmation(@TargetAggregateIdentifier String assessmentId, String gemeente, String reason,
                                   @TargetAggregateVersion Long expectedVersion) {
}
