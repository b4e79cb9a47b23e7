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
import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.route.FindRoute;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.query.support.Json;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The route's part of the evaluation, from the framework proposals, the route's changes (their values from
 * {@code route_change.details}; rows recorded before that column have none until the route is rebuilt), the
 * Bestuurstafel's meetings and the agenda as it stands.
 */
@Component
class RouteEvaluationQueries {

    private static final List<String> FRAMEWORK_TYPES = List.of("FrameworkAdopted", "FrameworkProposed",
            "FrameworkVersionAdoptedByGemeente", "FrameworkVersionDeclinedByGemeente");

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final QueryGateway queries;
    private final JdbcTemplate jdbc;

    RouteEvaluationQueries(@Lazy QueryGateway queries, JdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
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
        RouteView agenda = queries.query(new FindRoute(), ResponseTypes.instanceOf(RouteView.class)).join();
        return new RouteEvaluation(adoptions, changes, agenda.themes(), themesAdded(query), scoreChanges(query),
                meetings(query), followUps(query));
    }

    private List<RouteEvaluation.ThemeAdded> themesAdded(FindRouteEvaluation query) {
        return changes("AgendaThemeAdded", query, (rs, n) -> new RouteEvaluation.ThemeAdded(rs.getString("theme_code"),
                rs.getString("name"), rs.getString("description"), instant(rs, "at"), rs.getString("by_user")),
                "details->>'name' AS name, details->>'description' AS description");
    }

    private List<RouteEvaluation.ScoreChange> scoreChanges(FindRouteEvaluation query) {
        return changes("ThemeScored", query, (rs, n) -> new RouteEvaluation.ScoreChange(rs.getString("theme_code"),
                        rs.getString("scored_for"), rs.getInt("urgency"), rs.getInt("opportunity"),
                        rs.getString("argument"), instant(rs, "at"), rs.getString("by_user")),
                "details->>'gemeente' AS scored_for, (details->>'urgency')::int AS urgency, "
                        + "(details->>'opportunity')::int AS opportunity, details->>'argument' AS argument");
    }

    private List<RouteEvaluation.FollowUpChange> followUps(FindRouteEvaluation query) {
        return changes(null, query, (rs, n) -> new RouteEvaluation.FollowUpChange(rs.getString("theme_code"),
                        rs.getString("assessment_id"), rs.getString("follow_up"), rs.getString("follow_up_name"),
                        rs.getBoolean("returns"), instant(rs, "at"), rs.getString("by_user")),
                "details->>'assessmentId' AS assessment_id, details->>'followUp' AS follow_up, "
                        + "details->>'followUpName' AS follow_up_name, (details->>'returnsToAgenda')::boolean AS returns");
    }

    /** The changes of a type (null: the follow-ups, which any event type may record) that carry their values. */
    private <T> List<T> changes(String type, FindRouteEvaluation query, RowMapper<T> mapper, String values) {
        String kind = type == null ? "details->>'followUp' IS NOT NULL" : "type = ?";
        return jdbc.query("SELECT at, by_user, theme_code, " + values + " FROM route_change WHERE details IS NOT NULL"
                        + " AND " + kind + " AND at >= COALESCE(CAST(? AS timestamptz), '-infinity'::timestamptz)"
                        + " AND at < COALESCE(CAST(? AS timestamptz), 'infinity'::timestamptz) ORDER BY at, event_id", mapper,
                type == null ? new Object[] {timestamp(query.from()), timestamp(query.to())}
                        : new Object[] {type, timestamp(query.from()), timestamp(query.to())});
    }

    private List<RouteView.Meeting> meetings(FindRouteEvaluation query) {
        return jdbc.query("SELECT * FROM route_meeting WHERE recorded_at >= COALESCE(CAST(? AS timestamptz), '-infinity'::timestamptz)"
                        + " AND recorded_at < COALESCE(CAST(? AS timestamptz), 'infinity'::timestamptz) ORDER BY recorded_at, event_id",
                (rs, n) -> new RouteView.Meeting(rs.getDate("meeting_date").toLocalDate(), instant(rs, "recorded_at"),
                        rs.getString("recorded_by"), rs.getString("note"), Json.read(rs.getString("theme_order"), STRINGS),
                        Json.read(rs.getString("current_round"), STRINGS)),
                timestamp(query.from()), timestamp(query.to()));
    }

    private static boolean within(Instant at, FindRouteEvaluation query) {
        return (query.from() == null || !at.isBefore(query.from())) && (query.to() == null || at.isBefore(query.to()));
    }
}
