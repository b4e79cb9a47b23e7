package nl.regiokompas.api.weighing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuurder of a gemeente confirms revision {@code revision} of the chosen form for that gemeente. */
public record ConfirmForm(@TargetAggregateIdentifier String weighingId, String gemeente, Integer revision,
                          String note) {
}
