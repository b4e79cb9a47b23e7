package nl.regiokompas.query.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.regiokompas.api.route.RoutePhase;
import nl.regiokompas.query.support.PerTransaction;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code report_theme} (a theme's state on the route and its phase) and the phase changes they record
 * in {@code report_phase_change}, folded in memory within one transaction (a batch of the live processor or of a
 * rebuild): the table, one row per theme, is read once per transaction, every event of the batch changes the rows
 * in memory, and the changed rows and the new phase changes are written once, just before the transaction
 * commits, with one statement per table. A rolled-back transaction forgets what it changed. Also remembers, per
 * transaction, the theme of each assessment it looked up in {@code report_cycle} (an assessment keeps its theme).
 */
@Component
class ReportThemeRows {

    private final JdbcTemplate jdbc;
    private final ReportWrites writes;
    private final PerTransaction<Batch> batch;

    ReportThemeRows(JdbcTemplate jdbc, ReportWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.batch = new PerTransaction<>(() -> new Batch(read(), new HashMap<>(), new ArrayList<>()),
                this::write);
    }

    /** A theme's row: what happened to it on the route, and the phase last recorded for it. */
    static final class Theme {
        private final String code;
        private String assessmentId;
        private boolean inRound;
        private String assessmentStatus;
        private String governanceForm;
        private String phase;
        private boolean changed;

        private Theme(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        void opened(String assessmentId, String status) {
            this.assessmentId = assessmentId;
            this.assessmentStatus = status;
            this.governanceForm = null;
            changed = true;
        }

        void status(String status) {
            this.assessmentStatus = status;
            changed = true;
        }

        void restarted(String status) {
            this.assessmentStatus = status;
            this.governanceForm = null;
            changed = true;
        }

        void form(String form) {
            this.governanceForm = form;
            changed = true;
        }

        void backToAgenda() {
            this.assessmentStatus = null;
            this.governanceForm = null;
            this.inRound = false;
            changed = true;
        }

        void inRound(boolean inRound) {
            this.inRound = inRound;
            changed = true;
        }
    }

    /** A theme's row; added (with nothing happened to it yet) when there is none. */
    Theme add(String themeCode) {
        return batch.current().themes().computeIfAbsent(themeCode, code -> {
            Theme theme = new Theme(code);
            theme.changed = true;
            return theme;
        });
    }

    /** Changes the rows of the themes whose current assessment is this one. */
    void ofAssessment(String assessmentId, Consumer<Theme> change) {
        all().stream().filter(theme -> assessmentId.equals(theme.assessmentId)).forEach(change);
    }

    /** Every theme's row. */
    Collection<Theme> all() {
        return batch.current().themes().values();
    }

    /** The theme of an assessment's cycles; null when no cycle of it is projected. */
    String themeOf(String assessmentId) {
        Map<String, String> known = batch.current().assessmentThemes();
        String theme = known.get(assessmentId);
        if (theme == null) {
            writes.flush();
            theme = jdbc.queryForList("SELECT theme_code FROM report_cycle WHERE assessment_id = ? LIMIT 1",
                    String.class, assessmentId).stream().findFirst().orElse(null);
            if (theme != null) {
                known.put(assessmentId, theme);
            }
        }
        return theme;
    }

    /** Derives the theme's phase as the route does ({@link RoutePhase#of}) and records it when it changed. */
    void phaseChange(EventMessage<?> message, String themeCode) {
        Batch batch = this.batch.current();
        Theme theme = batch.themes().get(themeCode);
        if (theme == null) {
            throw new IllegalStateException("No report_theme row for theme " + themeCode);
        }
        RoutePhase phase = RoutePhase.of(theme.inRound, theme.assessmentStatus, theme.governanceForm);
        if (!phase.name().equals(theme.phase)) {
            theme.phase = phase.name();
            theme.changed = true;
            batch.phaseChanges().add(new Object[]{message.getIdentifier(), themeCode, phase.name(),
                    Timestamp.from(message.getTimestamp())});
        }
    }

    private Map<String, Theme> read() {
        Map<String, Theme> themes = new LinkedHashMap<>();
        jdbc.query("SELECT theme_code, assessment_id, in_round, assessment_status, governance_form, phase "
                + "FROM report_theme ORDER BY theme_code", rs -> {
            Theme theme = new Theme(rs.getString("theme_code"));
            theme.assessmentId = rs.getString("assessment_id");
            theme.inRound = rs.getBoolean("in_round");
            theme.assessmentStatus = rs.getString("assessment_status");
            theme.governanceForm = rs.getString("governance_form");
            theme.phase = rs.getString("phase");
            themes.put(theme.code, theme);
        });
        return themes;
    }

    private void write(Batch batch) {
        List<Theme> changed = batch.themes().values().stream().filter(theme -> theme.changed).toList();
        List<Object[]> phaseChanges = batch.phaseChanges();
        if (!changed.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO report_theme (theme_code, assessment_id, in_round, assessment_status, governance_form,
                        phase)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (theme_code) DO UPDATE SET assessment_id = EXCLUDED.assessment_id,
                        in_round = EXCLUDED.in_round, assessment_status = EXCLUDED.assessment_status,
                        governance_form = EXCLUDED.governance_form, phase = EXCLUDED.phase""",
                    changed.stream().map(theme -> new Object[]{theme.code, theme.assessmentId, theme.inRound,
                            theme.assessmentStatus, theme.governanceForm, theme.phase}).toList());
        }
        if (!phaseChanges.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO report_phase_change (event_id, theme_code, phase, at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""", phaseChanges);
        }
    }

    /** What one transaction read and changed. */
    private record Batch(Map<String, Theme> themes, Map<String, String> assessmentThemes,
                         List<Object[]> phaseChanges) {
    }
}
