package nl.regiokompas.query.decision;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.api.decision.DecisionHistoryEntry;
import nl.regiokompas.api.decision.FindDecisions;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/** Reads the decision history projection, with every filter applied in SQL. */
@Component
public class DecisionHistoryReader {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private static final TypeReference<Map<String, String>> SCALES = new TypeReference<>() {
    };
    private static final TypeReference<List<AssessmentDocument.ConfirmationEntry>> CONFIRMATIONS =
            new TypeReference<>() {
            };
    private static final TypeReference<List<Responsibility>> RESPONSIBILITIES = new TypeReference<>() {
    };
    private static final TypeReference<List<Precondition>> PRECONDITIONS = new TypeReference<>() {
    };

    private static final RowMapper<DecisionHistoryEntry> ENTRY = (rs, n) -> {
        Long leadTime = Sql.nullableLong(rs, "lead_time_seconds");
        return new DecisionHistoryEntry(rs.getString("decision_id"), rs.getString("assessment_id"),
                rs.getString("theme_code"), rs.getString("title"), rs.getInt("cycle"), rs.getInt("revision"),
                rs.getInt("revisions"), Sql.strings(rs, "gemeenten"), Json.read(rs.getString("scales"), SCALES),
                instant(rs, "decided_at"), Json.read(rs.getString("confirmations"), CONFIRMATIONS),
                Json.read(rs.getString("responsibilities"), RESPONSIBILITIES),
                Json.read(rs.getString("preconditions"), PRECONDITIONS), instant(rs, "first_proposed_at"),
                leadTime, leadTime == null ? null : Math.round(leadTime / SECONDS_PER_DAY * 100) / 100.0);
    };

    private final NamedParameterJdbcTemplate jdbc;

    DecisionHistoryReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<DecisionHistoryEntry> find(FindDecisions query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("themeCode", query.themeCode())
                .addValue("gemeente", query.gemeente())
                .addValue("layer", query.layer())
                .addValue("scale", query.scale())
                .addValue("from", Sql.timestamp(query.from()))
                .addValue("to", Sql.timestamp(query.to()));
        return jdbc.query("""
                SELECT d.* FROM decision_entry d
                WHERE (CAST(:themeCode AS varchar) IS NULL OR d.theme_code = :themeCode)
                  AND (CAST(:gemeente AS varchar) IS NULL OR CAST(:gemeente AS text) = ANY (d.gemeenten))
                  AND (CAST(:from AS timestamptz) IS NULL OR d.decided_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR d.decided_at < :to)
                  AND (CAST(:layer AS varchar) IS NULL AND CAST(:scale AS varchar) IS NULL OR EXISTS (
                        SELECT 1 FROM decision_scale s WHERE s.decision_id = d.decision_id
                          AND (CAST(:layer AS varchar) IS NULL OR s.layer = :layer)
                          AND (CAST(:scale AS varchar) IS NULL OR s.scale = :scale)))
                ORDER BY d.decided_at DESC, d.decision_id""", parameters, ENTRY);
    }

    public List<DecisionHistoryEntry> oldestFirst() {
        return jdbc.query("SELECT * FROM decision_entry ORDER BY decided_at, decision_id", ENTRY);
    }
}
