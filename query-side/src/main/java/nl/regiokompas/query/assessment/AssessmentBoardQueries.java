package nl.regiokompas.query.assessment;

import java.util.List;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentSummary;
import nl.regiokompas.api.assessment.FindAssessment;
import nl.regiokompas.api.assessment.ListAssessments;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the assessment list and the assessment document from the assessment board projection. */
@Component
class AssessmentBoardQueries {

    private final JdbcTemplate jdbc;

    AssessmentBoardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AssessmentSummary> handle(ListAssessments query) {
        return jdbc.query("""
                        SELECT assessment_id, theme_code, title, status, version, cycle, open_interventions,
                            confirmations
                        FROM assessment_board
                        WHERE CAST(? AS varchar) IS NULL OR theme_code = ?
                        ORDER BY theme_code, title, assessment_id""",
                (rs, n) -> new AssessmentSummary(rs.getString("assessment_id"), rs.getString("theme_code"),
                        rs.getString("title"), rs.getString("status"), rs.getLong("version"), rs.getInt("cycle"),
                        rs.getInt("open_interventions"), rs.getInt("confirmations")),
                query.themeCode(), query.themeCode());
    }

    /** Null when the projection does not know the assessment (yet). One row holds the whole document. */
    @QueryHandler
    AssessmentDocument handle(FindAssessment query) {
        List<String> found = jdbc.queryForList("SELECT document FROM assessment_board WHERE assessment_id = ?",
                String.class, query.assessmentId());
        return found.isEmpty() ? null : AssessmentBoardRows.document(found.get(0));
    }
}
