package nl.regiokompas.api.mandate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndMandate(@TargetAggregateIdentifier String mandateId, String reason) {
}
