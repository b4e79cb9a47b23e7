package nl.regiokompas.query.mandate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.mandate.FindMandates;
import nl.regiokompas.api.mandate.MandateView;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.query.support.Json;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/** Answers the mandates: the current ones first, then the ended ones, each with its history. */
@Component
class MandateQueries {

    private static final TypeReference<List<Power>> POWERS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    MandateQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<MandateView> handle(FindMandates query) {
        Map<String, List<MandateView.Change>> histories = jdbc.query("""
                                SELECT c.* FROM mandate_change c JOIN mandate m ON m.mandate_id = c.mandate_id
                                WHERE CAST(? AS varchar) IS NULL OR m.theme_code = ?
                                ORDER BY c.mandate_id, c.sequence""",
                        (rs, n) -> Map.entry(rs.getString("mandate_id"), new MandateView.Change(
                                rs.getLong("sequence"), rs.getString("kind"), instant(rs, "at"),
                                rs.getString("by_user"), rs.getString("reason"),
                                rs.getString("bestuurlijk_opdrachtgever"), rs.getString("ambtelijk_opdrachtgever"),
                                rs.getString("ambtenaar50"), Json.read(rs.getString("powers"), POWERS))),
                        query.themeCode(), query.themeCode())
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("""
                        SELECT * FROM mandate WHERE CAST(? AS varchar) IS NULL OR theme_code = ?
                        ORDER BY active DESC, theme_code, registered_at, mandate_id""",
                (rs, n) -> new MandateView(rs.getString("mandate_id"), rs.getString("theme_code"),
                        rs.getBoolean("active"), rs.getString("bestuurlijk_opdrachtgever"),
                        rs.getString("ambtelijk_opdrachtgever"), rs.getString("ambtenaar50"),
                        Json.read(rs.getString("powers"), POWERS), instant(rs, "registered_at"),
                        instant(rs, "ended_at"), rs.getLong("version"),
                        histories.getOrDefault(rs.getString("mandate_id"), List.of())),
                query.themeCode(), query.themeCode());
    }
}
