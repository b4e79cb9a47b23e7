package nl.regiokompas.command.weighing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.weighing.WeighedTheme;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command-side lookup of {@link DecidedThemes}: a subscribing event handler keeps, per assessment, its theme and
 * the decision of its latest cycle (cleared when the assessment is reopened), in the same transaction as the
 * assessment's events. V250 fills it from the events stored before it existed.
 */
@Component
@ProcessingGroup(DecidedThemesTable.GROUP)
class DecidedThemesTable implements DecidedThemes {

    static final String GROUP = "weighing-decided-themes";

    private final JdbcTemplate jdbc;

    DecidedThemesTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Autowired
    void subscribing(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(GROUP);
    }

    @Override
    public Map<String, WeighedTheme> of(Collection<String> themeCodes) {
        Map<String, WeighedTheme> decided = new LinkedHashMap<>();
        if (themeCodes.isEmpty()) {
            return decided;
        }
        jdbc.query("""
                        SELECT DISTINCT ON (theme_code) theme_code, assessment_id, decision_id, cycle
                        FROM weighing_decided_theme
                        WHERE decision_id IS NOT NULL AND theme_code = ANY (?)
                        ORDER BY theme_code, decided_at DESC""",
                row -> {
                    decided.put(row.getString(1), new WeighedTheme(row.getString(1), row.getString(2),
                            row.getString(3), row.getInt(4)));
                }, (Object) themeCodes.toArray(String[]::new));
        return decided;
    }

    @EventHandler
    void on(AssessmentOpened event, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO weighing_decided_theme (assessment_id, theme_code, cycle, sequence)
                        VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id) DO NOTHING""",
                event.assessmentId(), event.themeCode(), event.cycle(), sequence);
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        UPDATE weighing_decided_theme SET decision_id = ?, cycle = ?, decided_at = ?, sequence = ?
                        WHERE assessment_id = ? AND sequence < ?""",
                event.decisionId(), event.cycle(), Timestamp.from(at), sequence, event.assessmentId(), sequence);
    }

    @EventHandler
    void on(AssessmentReopened event, @SequenceNumber long sequence) {
        jdbc.update("""
                        UPDATE weighing_decided_theme SET decision_id = NULL, decided_at = NULL, cycle = ?, sequence = ?
                        WHERE assessment_id = ? AND sequence < ?""",
                event.cycle(), sequence, event.assessmentId(), sequence);
    }

}
