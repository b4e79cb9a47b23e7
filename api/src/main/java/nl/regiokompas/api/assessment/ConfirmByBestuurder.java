package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The bestuurder of a gemeente confirms proposal revision {@code revision} for that gemeente. */
public record ConfirmByBestuurder(@TargetAggregateIdentifier String assessmentId, String gemeente, int revision,
                                  String note, @TargetAggregateVersion Long expectedVersion) {
}
