package nl.regiokompas.api.weighing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what a form means for the role of the gemeenteraden ("Wat betekent dat voor de rol van de raden"). */
public record RecordRaadRole(@TargetAggregateIdentifier String weighingId, String form, String text) {
}
