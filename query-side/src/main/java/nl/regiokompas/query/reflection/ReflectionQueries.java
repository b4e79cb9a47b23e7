package nl.regiokompas.query.reflection;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.reflection.FindReflections;
import nl.regiokompas.api.reflection.ReflectionView;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/** Answers reflections, newest first. */
@Component
class ReflectionQueries {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;

    ReflectionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ReflectionView> handle(FindReflections query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("level", query.level())
                .addValue("assessmentId", query.assessmentId())
                .addValue("from", Sql.timestamp(query.from()))
                .addValue("to", Sql.timestamp(query.to()));
        return jdbc.query("""
                        SELECT * FROM reflection r
                        WHERE (CAST(:level AS varchar) IS NULL OR r.level = :level)
                          AND (CAST(:assessmentId AS varchar) IS NULL OR r.assessment_id = :assessmentId)
                          AND (CAST(:from AS timestamptz) IS NULL OR r.recorded_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR r.recorded_at < :to)
                        ORDER BY r.recorded_at DESC, r.reflection_id""", parameters,
                (rs, n) -> new ReflectionView(rs.getString("reflection_id"), rs.getString("assessment_id"),
                        rs.getString("theme_code"), rs.getString("level"),
                        Json.read(rs.getString("answers"), ANSWERS), rs.getString("text"), rs.getString("by_user"),
                        rs.getString("gemeente"), rs.getString("role"), instant(rs, "recorded_at")));
    }
}
