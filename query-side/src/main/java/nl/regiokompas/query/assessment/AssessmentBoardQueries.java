package nl.regiokompas.query.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentSummary;
import nl.regiokompas.api.assessment.FindAssessment;
import nl.regiokompas.api.assessment.ListAssessments;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.regiokompas.query.support.Sql.instant;

/** Answers the assessment list and the assessment document from the assessment board projection. */
@Component
class AssessmentBoardQueries {

    private static final TypeReference<Map<String, String>> SCALES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    AssessmentBoardQueries(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @QueryHandler
    List<AssessmentSummary> handle(ListAssessments query) {
        return jdbc.query("""
                        SELECT b.assessment_id, b.theme_code, b.title, b.status, b.version, b.cycle,
                            (SELECT count(*) FROM assessment_board_intervention i
                                WHERE i.assessment_id = b.assessment_id AND i.status = 'OPEN') AS open_interventions,
                            (SELECT count(*) FROM assessment_board_confirmation c
                                WHERE c.assessment_id = b.assessment_id) AS confirmations
                        FROM assessment_board b
                        WHERE CAST(? AS varchar) IS NULL OR b.theme_code = ?
                        ORDER BY b.theme_code, b.title, b.assessment_id""",
                (rs, n) -> new AssessmentSummary(rs.getString("assessment_id"), rs.getString("theme_code"),
                        rs.getString("title"), rs.getString("status"), rs.getLong("version"), rs.getInt("cycle"),
                        rs.getInt("open_interventions"), rs.getInt("confirmations")),
                query.themeCode(), query.themeCode());
    }

    /**
     * Null when the projection does not know the assessment (yet). The parts are read in one snapshot, so that
     * they agree with the version even while the projection is being updated.
     */
    @QueryHandler
    AssessmentDocument handle(FindAssessment query) {
        String id = query.assessmentId();
        return snapshot.execute(status -> {
            List<AssessmentDocument> found = jdbc.query("SELECT * FROM assessment_board WHERE assessment_id = ?",
                    (rs, n) -> document(rs, id), id);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private AssessmentDocument document(ResultSet rs, String id) throws SQLException {
        return new AssessmentDocument(id, rs.getString("theme_code"), rs.getString("title"),
                rs.getString("status"), rs.getInt("cycle"), rs.getLong("version"), rs.getInt("framework_version"),
                Sql.strings(rs, "gemeenten"), inputs(id), proposal(rs), responsibilities(id), preconditions(id),
                confirmations(id), interventions(id), decision(rs), governanceForm(rs));
    }

    private static AssessmentDocument.Proposal proposal(ResultSet rs) throws SQLException {
        Integer revision = Sql.nullableInt(rs, "proposal_revision");
        return revision == null ? null : new AssessmentDocument.Proposal(revision,
                Json.read(rs.getString("proposal_scales"), SCALES), rs.getString("proposal_rationale"),
                rs.getString("proposal_by"), instant(rs, "proposal_at"));
    }

    private static AssessmentDocument.Decision decision(ResultSet rs) throws SQLException {
        String decisionId = rs.getString("decision_id");
        return decisionId == null ? null : new AssessmentDocument.Decision(decisionId, rs.getInt("decision_revision"),
                Json.read(rs.getString("decision_scales"), SCALES), instant(rs, "decided_at"));
    }

    private static AssessmentDocument.GovernanceForm governanceForm(ResultSet rs) throws SQLException {
        String form = rs.getString("governance_form");
        return form == null ? null : new AssessmentDocument.GovernanceForm(form, rs.getString("governance_rationale"),
                rs.getString("governance_by"), instant(rs, "governance_at"));
    }

    private List<AssessmentDocument.Input> inputs(String id) {
        return jdbc.query("SELECT * FROM assessment_board_input WHERE assessment_id = ? ORDER BY sequence",
                (rs, n) -> new AssessmentDocument.Input(rs.getString("gemeente"), rs.getString("layer"),
                        rs.getString("criterion"), rs.getString("leaning"), rs.getString("text"),
                        rs.getString("by_user"), instant(rs, "at")), id);
    }

    private List<Responsibility> responsibilities(String id) {
        return jdbc.query("SELECT * FROM assessment_board_responsibility WHERE assessment_id = ? ORDER BY sequence",
                (rs, n) -> new Responsibility(rs.getString("layer"), rs.getString("kind"), rs.getString("level"),
                        rs.getString("holder")), id);
    }

    private List<Precondition> preconditions(String id) {
        return jdbc.query("SELECT * FROM assessment_board_precondition WHERE assessment_id = ? ORDER BY sequence",
                (rs, n) -> new Precondition(rs.getString("precondition_id"), rs.getString("kind"),
                        rs.getString("text")), id);
    }

    private List<AssessmentDocument.ConfirmationEntry> confirmations(String id) {
        return jdbc.query("SELECT * FROM assessment_board_confirmation WHERE assessment_id = ? ORDER BY sequence",
                (rs, n) -> new AssessmentDocument.ConfirmationEntry(rs.getString("gemeente"), rs.getInt("revision"),
                        rs.getString("by_user"), instant(rs, "at"), null, rs.getString("note")), id);
    }

    private List<AssessmentDocument.InterventionEntry> interventions(String id) {
        return jdbc.query("SELECT * FROM assessment_board_intervention WHERE assessment_id = ? ORDER BY sequence",
                (rs, n) -> new AssessmentDocument.InterventionEntry(rs.getString("intervention_id"),
                        rs.getString("gemeente"), rs.getString("layer"), rs.getString("kind"),
                        rs.getString("reason"), rs.getString("status"), rs.getString("by_user"),
                        instant(rs, "at"), rs.getString("note"), rs.getString("resolved_by"),
                        instant(rs, "resolved_at")), id);
    }
}
