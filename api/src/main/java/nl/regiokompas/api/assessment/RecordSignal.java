package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A strateeg signals a problem to the own gemeente's bestuurder. A signal blocks nothing: only the bestuurder can
 * turn it into an intervention ({@link IntervenLocally} with its {@code signalId}) or close it ({@link CloseSignal}).
 */
public record RecordSignal(@TargetAggregateIdentifier String assessmentId, String signalId, String gemeente,
                           String layer, String text, @TargetAggregateVersion Long expectedVersion) {
}
