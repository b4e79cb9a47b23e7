package nl.regiokompas.api.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The programmateam puts a theme on the region's agenda that the framework does not name, with a description. */
public record AddAgendaTheme(String regionCode, String themeCode, String name, String description) {

    @TargetAggregateIdentifier
    public String routeId() {
        return RouteIds.of(regionCode);
    }
}
