package nl.regiokompas.query.route;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.framework.FrameworkProposalView;
import nl.regiokompas.api.framework.ListFrameworkProposals;
import nl.regiokompas.api.route.FindRouteEvaluation;
import nl.regiokompas.api.route.FindRouteHistory;
import nl.regiokompas.api.route.RouteEvaluation;
import nl.regiokompas.api.route.RouteHistoryEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The route's part of the evaluation, from the framework proposals and the route's changes. */
@Component
class RouteEvaluationQueries {

    private static final List<String> FRAMEWORK_TYPES = List.of("FrameworkAdopted", "FrameworkProposed",
            "FrameworkVersionAdoptedByGemeente", "FrameworkVersionDeclinedByGemeente");

    private final QueryGateway queries;

    RouteEvaluationQueries(@Lazy QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    RouteEvaluation handle(FindRouteEvaluation query) {
        List<RouteEvaluation.FrameworkAdoption> adoptions = queries.query(new ListFrameworkProposals(),
                        ResponseTypes.multipleInstancesOf(FrameworkProposalView.class)).join().stream()
                .filter(proposal -> within(proposal.proposedAt(), query))
                .sorted(java.util.Comparator.comparingInt(FrameworkProposalView::version))
                .map(proposal -> new RouteEvaluation.FrameworkAdoption(proposal.version(), proposal.basedOnVersion(),
                        proposal.status(), proposal.proposedAt(), proposal.proposedBy(), proposal.inForceAt(),
                        proposal.inForceAt() == null ? null
                                : Math.round(Duration.between(proposal.proposedAt(), proposal.inForceAt()).toMinutes()
                                / 144.0) / 10.0,
                        proposal.positions()))
                .toList();
        List<RouteHistoryEntry> changes = queries.query(new FindRouteHistory(),
                        ResponseTypes.multipleInstancesOf(RouteHistoryEntry.class)).join().stream()
                .filter(change -> !FRAMEWORK_TYPES.contains(change.type()) && within(change.at(), query))
                .toList();
        return new RouteEvaluation(adoptions, changes);
    }

    private static boolean within(Instant at, FindRouteEvaluation query) {
        return (query.from() == null || !at.isBefore(query.from())) && (query.to() == null || at.isBefore(query.to()));
    }
}
