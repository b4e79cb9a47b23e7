package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A later raadsbesluit withdraws a kader; it no longer applies to confirmations. */
public record WithdrawKader(@TargetAggregateIdentifier String kaderId, Raadsbesluit raadsbesluit) {
}
