package nl.regiokompas.api.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The programmateam records what the Bestuurstafel fixed at a meeting: the order of the agenda and the themes of the current round. */
public record RecordBestuurstafel(String regionCode, java.time.LocalDate meetingDate, java.util.List<String> order, java.util.List<String> currentRound, String note) {

    @TargetAggregateIdentifier
    public String routeId() {
        return RouteIds.of(regionCode);
    }
}
