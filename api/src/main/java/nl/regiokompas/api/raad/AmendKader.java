package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A later raadsbesluit changes the text of a kader; the earlier text stays in the history. */
public record AmendKader(@TargetAggregateIdentifier String kaderId, String text, Raadsbesluit raadsbesluit) {
}
