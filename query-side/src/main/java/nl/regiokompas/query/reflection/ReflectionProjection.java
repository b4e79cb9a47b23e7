package nl.regiokompas.query.reflection;

import java.time.Instant;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.timestamp;

/** Every reflection, with the theme of the assessment it is tied to. */
@Component
@ProcessingGroup(ProjectionGroups.REFLECTIONS)
class ReflectionProjection {

    private final JdbcTemplate jdbc;

    ReflectionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentOpened event) {
        jdbc.update("""
                        INSERT INTO reflection_assessment (assessment_id, theme_code) VALUES (?, ?)
                        ON CONFLICT (assessment_id) DO NOTHING""",
                event.assessmentId(), event.themeCode());
    }

    @EventHandler
    void on(ReflectionRecorded event, @Timestamp Instant at,
            @MetaDataValue(AuditMetaData.USER_ID) String by,
            @MetaDataValue(AuditMetaData.GEMEENTE) String gemeente,
            @MetaDataValue(AuditMetaData.ROLE) String role) {
        jdbc.update("""
                        INSERT INTO reflection (reflection_id, assessment_id, theme_code, level, answers, text,
                            by_user, gemeente, role, recorded_at)
                        VALUES (?, ?, (SELECT theme_code FROM reflection_assessment WHERE assessment_id = ?), ?,
                            CAST(? AS jsonb), ?, ?, ?, ?, ?)
                        ON CONFLICT (reflection_id) DO NOTHING""",
                event.reflectionId(), event.assessmentId(), event.assessmentId(), event.level(),
                Json.write(event.answers() == null ? Map.of() : event.answers()), event.text(), by, gemeente,
                role, timestamp(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM reflection");
        jdbc.update("DELETE FROM reflection_assessment");
    }
}
