package nl.regiokompas.api.raad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The griffier records a kader that the raad of {@code gemeente} gave for a theme, with the raadsbesluit. */
public record SetKader(@TargetAggregateIdentifier String kaderId, String gemeente, String themeCode, String text,
                       Raadsbesluit raadsbesluit) {
}
