package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The bestuurder of the signal's gemeente closes it without an intervention, with a note. */
public record CloseSignal(@TargetAggregateIdentifier String assessmentId, String signalId, String note,
                          @TargetAggregateVersion Long expectedVersion) {
}
