package nl.regiokompas.query.intervention;

import java.time.Instant;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.intervention.InterventionView;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.timestamp;

/** Every local intervention of every cycle; an intervention is resolved once, so its update is idempotent. */
@Component
@ProcessingGroup(ProjectionGroups.INTERVENTIONS)
class InterventionProjection {

    private static final String USER_ID = AuditMetaData.USER_ID;

    private final JdbcTemplate jdbc;

    InterventionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentOpened event) {
        jdbc.update("""
                        INSERT INTO intervention_assessment (assessment_id, theme_code) VALUES (?, ?)
                        ON CONFLICT (assessment_id) DO NOTHING""",
                event.assessmentId(), event.themeCode());
    }

    @EventHandler
    void on(LocalInterventionOpened event, @Timestamp Instant at, @MetaDataValue(USER_ID) String by) {
        jdbc.update("""
                        INSERT INTO intervention (intervention_id, assessment_id, theme_code, cycle, gemeente, layer,
                            kind, reason, status, opened_by, opened_at)
                        SELECT ?, a.assessment_id, a.theme_code, ?, ?, ?, ?, ?, ?, ?, ?
                        FROM intervention_assessment a WHERE a.assessment_id = ?
                        ON CONFLICT (intervention_id) DO NOTHING""",
                event.interventionId(), event.cycle(), event.gemeente(), event.layer(), event.kind().name(),
                event.reason(), InterventionView.OPEN, by, timestamp(at), event.assessmentId());
    }

    @EventHandler
    void on(InterventionResolved event, @Timestamp Instant at, @MetaDataValue(USER_ID) String by) {
        jdbc.update("""
                        UPDATE intervention SET status = ?, outcome = ?, note = ?, resolved_by = ?, resolved_at = ?
                        WHERE intervention_id = ? AND status = ?""",
                event.outcome().name(), event.outcome().name(), event.note(), by, timestamp(at),
                event.interventionId(), InterventionView.OPEN);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM intervention");
        jdbc.update("DELETE FROM intervention_assessment");
    }
}
