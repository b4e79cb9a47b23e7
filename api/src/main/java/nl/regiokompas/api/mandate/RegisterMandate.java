package nl.regiokompas.api.mandate;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers the gouden driehoek of a theme and which decisions fall under whose mandate. */
public record RegisterMandate(@TargetAggregateIdentifier String mandateId, String themeCode,
                              String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever, String ambtenaar50,
                              List<Power> powers) {
}
