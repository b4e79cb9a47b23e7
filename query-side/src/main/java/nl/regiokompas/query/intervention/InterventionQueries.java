package nl.regiokompas.query.intervention;

import java.util.List;

import nl.regiokompas.api.intervention.FindInterventions;
import nl.regiokompas.api.intervention.InterventionView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/** Answers local interventions, newest first; an open one has been open until the moment of the query. */
@Component
class InterventionQueries {

    static final RowMapper<InterventionView> VIEW = (rs, n) -> new InterventionView(rs.getString("intervention_id"),
            rs.getString("assessment_id"), rs.getString("theme_code"), rs.getInt("cycle"), rs.getString("gemeente"),
            rs.getString("layer"), rs.getString("kind"), rs.getString("reason"), rs.getString("status"),
            rs.getString("opened_by"), instant(rs, "opened_at"), rs.getString("outcome"), rs.getString("note"),
            rs.getString("resolved_by"), instant(rs, "resolved_at"), rs.getLong("open_duration_seconds"),
            rs.getString("opened_by_name"), rs.getString("resolved_by_name"), rs.getString("mandate_id"),
            rs.getObject("bestuurstafel_on", java.time.LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    InterventionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<InterventionView> handle(FindInterventions query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("gemeente", query.gemeente())
                .addValue("status", query.status())
                .addValue("themeCode", query.themeCode());
        return jdbc.query("""
                SELECT i.*, CAST(EXTRACT(EPOCH FROM (COALESCE(i.resolved_at, now()) - i.opened_at)) AS bigint)
                    AS open_duration_seconds
                FROM intervention i
                WHERE (CAST(:gemeente AS varchar) IS NULL OR i.gemeente = :gemeente)
                  AND (CAST(:status AS varchar) IS NULL OR i.status = :status)
                  AND (CAST(:themeCode AS varchar) IS NULL OR i.theme_code = :themeCode)
                ORDER BY i.opened_at DESC, i.intervention_id""", parameters, VIEW);
    }
}
