package nl.regiokompas.api.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A gemeente's strateeg scores a theme on the agenda: urgency and opportunity, each 1 (laag) to 5 (hoog), with an argument. */
public record ScoreTheme(String regionCode, String themeCode, String gemeente, Integer urgency, Integer opportunity, String argument) {

    @TargetAggregateIdentifier
    public String routeId() {
        return RouteIds.of(regionCode);
    }
}
