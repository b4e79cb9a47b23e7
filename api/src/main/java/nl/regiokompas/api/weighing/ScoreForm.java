package nl.regiokompas.api.weighing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A gemeente's strateeg scores one form on one criterion, from -2 to +2, with an argument. */
public record ScoreForm(@TargetAggregateIdentifier String weighingId, String gemeente, String form, String criterion,
                        Integer score, String argument) {
}
