package nl.regiokompas.query.audit;

import java.util.List;

import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers for every decision the assessment (and cycle) it belongs to; the facts stay in the event store. */
@Component
@ProcessingGroup(ProjectionGroups.AUDIT_DECISION_INDEX)
class DecisionIndexProjection {

    private final JdbcTemplate jdbc;

    DecisionIndexProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO audit_decision_index (decision_id, assessment_id, cycle, sequence)
                        VALUES (?, ?, ?, ?) ON CONFLICT (decision_id) DO NOTHING""",
                event.decisionId(), event.assessmentId(), event.cycle(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_decision_index");
    }

    /** The assessment of a decision, or null when it is not (yet) known. */
    String assessmentOf(String decisionId) {
        List<String> found = jdbc.queryForList(
                "SELECT assessment_id FROM audit_decision_index WHERE decision_id = ?", String.class, decisionId);
        return found.isEmpty() ? null : found.get(0);
    }
}
