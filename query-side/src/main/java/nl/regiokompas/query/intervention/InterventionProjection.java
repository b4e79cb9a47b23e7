package nl.regiokompas.query.intervention;

import java.time.Instant;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.InterventionReferred;
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
    private static final String USER_NAME = AuditMetaData.USER_NAME;

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
    void on(LocalInterventionOpened event, @Timestamp Instant at, @MetaDataValue(USER_ID) String by,
            @MetaDataValue(USER_NAME) String byName) {
        jdbc.update("""
                        INSERT INTO intervention (intervention_id, assessment_id, theme_code, cycle, gemeente, layer,
                            kind, reason, status, opened_by, opened_at, opened_by_name, mandate_id)
                        SELECT ?, a.assessment_id, a.theme_code, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        FROM intervention_assessment a WHERE a.assessment_id = ?
                        ON CONFLICT (intervention_id) DO NOTHING""",
                event.interventionId(), event.cycle(), event.gemeente(), event.layer(), event.kind().name(),
                event.reason(), InterventionView.OPEN, by, timestamp(at), byName, event.mandateId(),
                event.assessmentId());
    }

    @EventHandler
    void on(InterventionResolved event, @Timestamp Instant at, @MetaDataValue(USER_ID) String by,
            @MetaDataValue(USER_NAME) String byName) {
        jdbc.update("""
                        UPDATE intervention SET status = ?, outcome = ?, note = ?, resolved_by = ?, resolved_at = ?,
                            resolved_by_name = ?
                        WHERE intervention_id = ? AND status = ?""",
                event.outcome().name(), event.outcome().name(), event.note(), by, timestamp(at), byName,
                event.interventionId(), InterventionView.OPEN);
    }

    /** A referral to the Bestuurstafel keeps the intervention open; it records the date and the note. */
    @EventHandler
    void on(InterventionReferred event) {
        jdbc.update("UPDATE intervention SET bestuurstafel_on = ?, note = ? WHERE intervention_id = ? AND status = ?",
                event.bestuurstafelOn(), event.note(), event.interventionId(), InterventionView.OPEN);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM intervention");
        jdbc.update("DELETE FROM intervention_assessment");
    }
}
