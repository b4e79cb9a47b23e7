package nl.regiokompas.command.mandate;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.FollowThemeMandate;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.command.assessment.ActiveMandate;
import nl.regiokompas.command.assessment.ThemeMandates;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Carries the theme's active mandate into its assessments, so that the Assessment aggregate never queries: a
 * command-side lookup of the mandates per theme and the theme per assessment, kept by a subscribing processor
 * in the same transaction as the events, read when an assessment is opened ({@link #activeFor}), and a
 * {@link FollowThemeMandate} to every open assessment of the theme whenever the active mandate changes (a confirmed-by-all
 * one keeps its decision's mandate, and follows the active one again when it is reopened). The active mandate of a theme is the one registered
 * last that has not ended; its version is the sequence number of its last event, so an amendment counts as a change.
 */
@Component
@ProcessingGroup(ThemeMandateFollower.GROUP)
@DisallowReplay
public class ThemeMandateFollower implements ThemeMandates {

    public static final String GROUP = "command-theme-mandates";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public ThemeMandateFollower(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(AssessmentOpened event) {
        jdbc.update("INSERT INTO command_assessment_theme (assessment_id, theme_code) VALUES (?, ?) "
                + "ON CONFLICT (assessment_id) DO NOTHING", event.assessmentId(), event.themeCode());
    }

    /** A confirmed-by-all assessment keeps the mandate its decision fell under: it follows no changes meanwhile. */
    @EventHandler
    void on(DecisionRecorded event) {
        jdbc.update("UPDATE command_assessment_theme SET decided = TRUE WHERE assessment_id = ?", event.assessmentId());
    }

    /** A reopened assessment follows its theme's mandate again, starting from the one active now. */
    @EventHandler
    void on(AssessmentReopened event) {
        List<String> themes = jdbc.queryForList("UPDATE command_assessment_theme SET decided = FALSE "
                + "WHERE assessment_id = ? RETURNING theme_code", String.class, event.assessmentId());
        if (!themes.isEmpty()) {
            follow(event.assessmentId(), activeFor(themes.get(0)));
        }
    }

    @Override
    public ActiveMandate activeFor(String themeCode) {
        List<ActiveMandate> active = jdbc.query("SELECT mandate_id, mandate_version FROM command_mandate "
                + "WHERE theme_code = ? AND NOT ended ORDER BY registered DESC LIMIT 1",
                (rs, n) -> new ActiveMandate(rs.getString(1), rs.getLong(2)), themeCode);
        return active.isEmpty() ? ActiveMandate.NONE : active.get(0);
    }

    @EventHandler
    void on(MandateRegistered event, @SequenceNumber long sequence) {
        changing(event.themeCode(), () -> jdbc.update("INSERT INTO command_mandate (mandate_id, theme_code, "
                + "mandate_version) VALUES (?, ?, ?) ON CONFLICT (mandate_id) DO NOTHING",
                event.mandateId(), event.themeCode(), sequence));
    }

    @EventHandler
    void on(MandateAmended event, @SequenceNumber long sequence) {
        changing(event.themeCode(), () -> jdbc.update("UPDATE command_mandate SET mandate_version = ? "
                + "WHERE mandate_id = ?", sequence, event.mandateId()));
    }

    @EventHandler
    void on(MandateEnded event) {
        changing(event.themeCode(), () -> jdbc.update("UPDATE command_mandate SET ended = TRUE WHERE mandate_id = ?",
                event.mandateId()));
    }

    /** Applies a change to the lookup; when it changes the theme's active mandate, every assessment follows. */
    private void changing(String themeCode, Runnable change) {
        ActiveMandate before = activeFor(themeCode);
        change.run();
        ActiveMandate after = activeFor(themeCode);
        if (before.equals(after)) {
            return;
        }
        for (String assessmentId : jdbc.queryForList("SELECT assessment_id FROM command_assessment_theme "
                + "WHERE theme_code = ? AND NOT decided ORDER BY assessment_id", String.class, themeCode)) {
            follow(assessmentId, after);
        }
    }

    private void follow(String assessmentId, ActiveMandate active) {
        commands.sendAndWait(new FollowThemeMandate(assessmentId, active.mandateId(), active.version()),
                MetaData.emptyInstance());
    }
}
