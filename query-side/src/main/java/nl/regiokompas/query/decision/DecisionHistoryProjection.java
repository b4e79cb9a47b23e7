package nl.regiokompas.query.decision;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.textArray;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Every decision of every cycle. The current cycle of each assessment is followed in decision_cycle, whose
 * version guards against applying an event twice.
 */
@Component
@ProcessingGroup(ProjectionGroups.DECISION_HISTORY)
class DecisionHistoryProjection {

    private final JdbcTemplate jdbc;

    DecisionHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentOpened event, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO decision_cycle (assessment_id, theme_code, title, gemeenten, cycle, proposals,
                            version)
                        VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (assessment_id) DO NOTHING""",
                event.assessmentId(), event.themeCode(), event.title(), textArray(event.gemeenten()), event.cycle(),
                sequence);
    }

    @EventHandler
    void on(ThemeScaleProposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                        UPDATE decision_cycle SET version = ?, proposals = proposals + 1,
                            first_proposed_at = COALESCE(first_proposed_at, ?)
                        WHERE assessment_id = ? AND version < ?""",
                sequence, timestamp(at), event.assessmentId(), sequence);
    }

    @EventHandler
    void on(AssessmentReopened event, @SequenceNumber long sequence) {
        jdbc.update("""
                        UPDATE decision_cycle SET version = ?, cycle = ?, proposals = 0, first_proposed_at = NULL
                        WHERE assessment_id = ? AND version < ?""",
                sequence, event.cycle(), event.assessmentId(), sequence);
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant decidedAt) {
        boolean firstTime = jdbc.update("UPDATE decision_cycle SET version = ? WHERE assessment_id = ? AND version < ?",
                sequence, event.assessmentId(), sequence) == 1;
        if (!firstTime) {
            return;
        }
        jdbc.update("""
                        INSERT INTO decision_entry (decision_id, assessment_id, theme_code, title, cycle, revision,
                            revisions, gemeenten, scales, confirmations, responsibilities, preconditions,
                            first_proposed_at, decided_at, lead_time_seconds)
                        SELECT ?, c.assessment_id, ?, c.title, ?, ?, c.proposals, c.gemeenten, CAST(? AS jsonb),
                            CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), c.first_proposed_at, ?,
                            CAST(EXTRACT(EPOCH FROM (CAST(? AS timestamptz) - c.first_proposed_at)) AS bigint)
                        FROM decision_cycle c WHERE c.assessment_id = ?
                        ON CONFLICT (decision_id) DO NOTHING""",
                event.decisionId(), event.themeCode(), event.cycle(), event.revision(), Json.write(event.scales()),
                Json.write(confirmations(event)), Json.write(event.responsibilities()),
                Json.write(event.preconditions()), timestamp(decidedAt), timestamp(decidedAt), event.assessmentId());
        jdbc.batchUpdate("""
                        INSERT INTO decision_scale (decision_id, layer, scale) VALUES (?, ?, ?)
                        ON CONFLICT (decision_id, layer) DO NOTHING""",
                event.scales().entrySet().stream()
                        .map(scale -> new Object[]{event.decisionId(), scale.getKey(), scale.getValue()}).toList());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM decision_scale");
        jdbc.update("DELETE FROM decision_entry");
        jdbc.update("DELETE FROM decision_cycle");
    }

    private static List<AssessmentDocument.ConfirmationEntry> confirmations(DecisionRecorded event) {
        return event.confirmations().stream()
                .map(c -> new AssessmentDocument.ConfirmationEntry(c.gemeente(), c.revision(), c.confirmedBy(),
                        c.confirmedAt()))
                .toList();
    }
}
