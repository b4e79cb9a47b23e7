package nl.regiokompas.query.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.route.FindRoute;
import nl.regiokompas.api.route.FindRouteHistory;
import nl.regiokompas.api.route.RouteHistoryEntry;
import nl.regiokompas.api.route.RoutePhase;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.query.support.Json;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.nullableInt;

/** Answers the route and its history from the route projection. */
@Component
class RouteQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    RouteQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RouteView handle(FindRoute query) {
        List<String> gemeenten = jdbc.queryForList("SELECT code FROM route_gemeente ORDER BY ord", String.class);
        Map<String, String> gemeenteNames = jdbc.query("SELECT code, name FROM route_gemeente", rs -> {
            Map<String, String> names = new java.util.HashMap<>();
            while (rs.next()) {
                names.put(rs.getString("code"), rs.getString("name"));
            }
            return names;
        });
        Map<String, List<RouteView.Score>> scores = jdbc.query("""
                        SELECT s.* FROM route_score s LEFT JOIN route_gemeente g ON g.code = s.gemeente
                        ORDER BY g.ord, s.gemeente""",
                (rs, n) -> Map.entry(rs.getString("theme_code"), new RouteView.Score(rs.getString("gemeente"),
                        rs.getInt("urgency"), rs.getInt("opportunity"), rs.getString("argument"),
                        instant(rs, "scored_at"), rs.getString("scored_by"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<RouteView.Theme> themes = jdbc.query(
                "SELECT * FROM route_theme WHERE in_framework OR added", (rs, n) -> {
                    String code = rs.getString("theme_code");
                    List<RouteView.Score> themeScores = scores.getOrDefault(code, List.of());
                    List<String> notScoredBy = new ArrayList<>(gemeenten);
                    themeScores.forEach(score -> notScoredBy.remove(score.gemeente()));
                    boolean inFramework = rs.getBoolean("in_framework");
                    RoutePhase phase = RoutePhase.of(rs.getBoolean("in_round"), rs.getString("assessment_status"),
                            rs.getString("governance_form"));
                    String followUp = rs.getString("follow_up");
                    return new RouteView.Theme(code, rs.getString("name"), rs.getString("description"),
                            inFramework ? RouteView.FROM_FRAMEWORK : RouteView.FROM_AGENDA, nullableInt(rs, "position"),
                            rs.getBoolean("in_round"), phase, phase.label(), rs.getString("assessment_id"),
                            rs.getString("governance_form"), followUp, themeScores,
                            average(themeScores, RouteView.Score::urgency),
                            average(themeScores, RouteView.Score::opportunity), notScoredBy,
                            NextStep.of(phase, inFramework, followUp,
                                    notScoredBy.stream().map(g -> gemeenteNames.getOrDefault(g, g)).toList()));
                });
        List<RouteView.Theme> ordered = themes.stream().sorted(Comparator
                .comparing((RouteView.Theme theme) -> theme.position() == null ? Integer.MAX_VALUE : theme.position())
                .thenComparing(theme -> -(nullToZero(theme.averageUrgency()) + nullToZero(theme.averageOpportunity())))
                .thenComparing(RouteView.Theme::name)).toList();
        RouteView.Meeting meeting = jdbc.query("SELECT * FROM route_meeting ORDER BY recorded_at DESC, event_id LIMIT 1",
                (rs, n) -> new RouteView.Meeting(rs.getDate("meeting_date").toLocalDate(), instant(rs, "recorded_at"),
                        rs.getString("recorded_by"), rs.getString("note"), Json.read(rs.getString("theme_order"), STRINGS),
                        Json.read(rs.getString("current_round"), STRINGS))).stream().findFirst().orElse(null);
        List<RouteView.GlossaryEntry> glossary = jdbc.query("SELECT * FROM route_glossary ORDER BY term_key",
                (rs, n) -> new RouteView.GlossaryEntry(rs.getString("term"), rs.getInt("revision"), rs.getString("text"),
                        instant(rs, "edited_at"), rs.getString("edited_by")));
        return new RouteView(ordered, gemeenten, meeting, glossary, null);
    }

    @QueryHandler
    List<RouteHistoryEntry> handle(FindRouteHistory query) {
        return jdbc.query("SELECT * FROM route_change ORDER BY at, event_id",
                (rs, n) -> new RouteHistoryEntry(instant(rs, "at"), rs.getString("by_user"), rs.getString("role"),
                        rs.getString("gemeente"), rs.getString("type"), rs.getString("description")));
    }

    private static Double average(List<RouteView.Score> scores, java.util.function.ToIntFunction<RouteView.Score> value) {
        return scores.isEmpty() ? null : Math.round(scores.stream().mapToInt(value).average().orElse(0) * 10) / 10.0;
    }

    private static double nullToZero(Double value) {
        return value == null ? 0 : value;
    }
}
