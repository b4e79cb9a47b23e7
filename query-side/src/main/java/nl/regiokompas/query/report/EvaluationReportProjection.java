package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.FormalDecisionRecorded;
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
import nl.regiokompas.api.assessment.InterventionReferred;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.TermNames.Term;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import nl.regiokompas.api.route.AgendaThemeAdded;
import nl.regiokompas.api.route.AssessmentFollowUp;
import nl.regiokompas.api.route.BestuurstafelOrderRecorded;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.api.weighing.FormChosen;
import nl.regiokompas.api.weighing.WeighedTheme;
import nl.regiokompas.query.support.DeferredWrites.Statement;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.textArray;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The facts of the evaluation report (issue 15), one row per fact with its moment and the name of who recorded
 * it. Whether a confirmation or intervention lies inside a mandate is decided when it is projected, from the
 * mandates projected before it in the same group: the theme's mandate that was active at that moment.
 * Every write is idempotent, so a redelivered event changes nothing. The writes of a transaction are sent in
 * batches before it commits ({@link ReportWrites}).
 */
@Component
@ProcessingGroup(ProjectionGroups.EVALUATION_REPORT)
class EvaluationReportProjection {

    private static final String USER_NAME = AuditMetaData.USER_NAME;

    /**
     * The key columns of report_cycle (assessment, cycle, theme, title, gemeenten), written only when a cycle is
     * inserted: a statement that reads only these may pass the updates of its other columns.
     */
    static final String CYCLE_KEYS = "report_cycle keys";

    private static final Statement NAME = Statement.writing("report_name", """
            INSERT INTO report_name (term, code, name) VALUES (?, ?, ?)
            ON CONFLICT (term, code) DO UPDATE SET name = EXCLUDED.name""");
    private static final Statement CYCLE_OPENED = new Statement("""
            INSERT INTO report_cycle (assessment_id, cycle, theme_code, title, gemeenten, opened_at,
                opened_by_name, mandate_id, formal_stored)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT DO NOTHING""", Set.of(),
            Set.of("report_cycle", CYCLE_KEYS));
    private static final Statement CYCLE_REOPENED = new Statement("""
            INSERT INTO report_cycle (assessment_id, cycle, theme_code, title, gemeenten, opened_at,
                opened_by_name, mandate_id, formal_stored)
            SELECT assessment_id, ?, theme_code, title, gemeenten, ?, ?, mandate_id, TRUE FROM report_cycle
            WHERE assessment_id = ? ORDER BY cycle DESC LIMIT 1
            ON CONFLICT DO NOTHING""", Set.of(), Set.of("report_cycle", CYCLE_KEYS));
    /** The proposal, and the cycle's revisions only when the proposal is new (a redelivery counts none). */
    private static final Statement PROPOSED = new Statement("""
            WITH proposal AS (
                INSERT INTO report_proposal (assessment_id, cycle, revision, theme_code, scales, deviations,
                    proposed_at, proposed_by_name)
                SELECT ?, ?, ?, theme_code, CAST(? AS jsonb), CAST(? AS jsonb), ?, ? FROM report_cycle
                WHERE assessment_id = ? AND cycle = ?
                ON CONFLICT DO NOTHING RETURNING 1)
            UPDATE report_cycle SET first_proposed_at = COALESCE(first_proposed_at, ?),
                revisions = revisions + 1, mandate_id = COALESCE(?, mandate_id)
            WHERE assessment_id = ? AND cycle = ? AND EXISTS (SELECT 1 FROM proposal)""", Set.of(),
            Set.of("report_proposal", "report_cycle"));
    private static final Statement PACKAGE_REVISED = Statement.writing("report_cycle", """
            UPDATE report_cycle SET revisions = GREATEST(revisions, ?), mandate_id = ?
            WHERE assessment_id = ? AND cycle = ?""");
    private static final Statement CONFIRMED = Statement.writing("report_confirmation", """
            INSERT INTO report_confirmation (assessment_id, cycle, gemeente, revision, theme_code,
                confirmed_at, by_name, inside_mandate, mandate_id)
            SELECT c.assessment_id, c.cycle, ?, ?, c.theme_code, ?, ?, m.mandate_id IS NOT NULL, m.mandate_id
            FROM report_cycle c
            LEFT JOIN report_mandate m ON m.theme_code = c.theme_code AND m.ended_at IS NULL
            WHERE c.assessment_id = ? AND c.cycle = ?
            ORDER BY m.registered_at DESC NULLS LAST LIMIT 1
            ON CONFLICT DO NOTHING""", CYCLE_KEYS, "report_mandate");
    private static final Statement DECIDED = Statement.writing("report_cycle", """
            UPDATE report_cycle SET decision_id = ?, bevestigd_at = ?, scales = CAST(? AS jsonb)
            WHERE assessment_id = ? AND cycle = ?""");
    private static final Statement FORMAL_DECISION = Statement.writing("report_formal_decision", """
            INSERT INTO report_formal_decision (decision_id, gemeente, body, assessment_id, cycle,
                decided_on, recorded_at, recorded_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement INTERVENTION_OPENED = Statement.writing("report_intervention", """
            INSERT INTO report_intervention (intervention_id, assessment_id, cycle, theme_code, gemeente,
                layer, kind, reason, opened_at, opened_by_name, inside_mandate, mandate_id)
            SELECT ?, c.assessment_id, c.cycle, c.theme_code, ?, ?, ?, ?, ?, ?, m.mandate_id IS NOT NULL,
                COALESCE(m.mandate_id, ?)
            FROM report_cycle c
            LEFT JOIN report_mandate m ON m.theme_code = c.theme_code AND m.ended_at IS NULL
            WHERE c.assessment_id = ? AND c.cycle = ?
            ORDER BY m.registered_at DESC NULLS LAST LIMIT 1
            ON CONFLICT DO NOTHING""", CYCLE_KEYS, "report_mandate");
    private static final Statement INTERVENTION_REFERRED = Statement.writing("report_intervention",
            "UPDATE report_intervention SET referred = TRUE WHERE intervention_id = ?");
    private static final Statement INTERVENTION_RESOLVED = Statement.writing("report_intervention", """
            UPDATE report_intervention SET outcome = ?, resolved_at = ?, resolved_by_name = ?
            WHERE intervention_id = ? AND resolved_at IS NULL""");
    private static final Statement MANDATE_REGISTERED = Statement.writing("report_mandate", """
            INSERT INTO report_mandate (mandate_id, theme_code, bestuurlijk_opdrachtgever, registered_at)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement MANDATE_ENDED = Statement.writing("report_mandate",
            "UPDATE report_mandate SET ended_at = ? WHERE mandate_id = ? AND ended_at IS NULL");
    private static final Statement REFLECTION = Statement.writing("report_reflection", """
            INSERT INTO report_reflection (reflection_id, theme_code, level, answers, text, by_name,
                gemeente, recorded_at)
            VALUES (?, (SELECT theme_code FROM report_cycle WHERE assessment_id = ? LIMIT 1), ?,
                CAST(? AS jsonb), ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""", CYCLE_KEYS);
    private static final Statement FORM_CHOICE = Statement.writing("report_form_choice", """
            INSERT INTO report_form_choice (weighing_id, revision, form, themes, confirmed_by, chosen_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");

    private final JdbcTemplate jdbc;
    private final ReportWrites writes;
    private final ReportThemeRows themes;
    private final CycleCompletions completions;

    EvaluationReportProjection(JdbcTemplate jdbc, ReportWrites writes, ReportThemeRows themes,
                               CycleCompletions completions) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.themes = themes;
        this.completions = completions;
    }

    // ---- names ----

    @EventHandler
    void on(FrameworkAdopted event, EventMessage<?> message) {
        FrameworkContent content = event.content();
        content.themes().forEach(theme -> name(Term.THEME, theme.code(), theme.name()));
        content.region().gemeenten().forEach(gemeente -> name(Term.GEMEENTE, gemeente.code(), gemeente.name()));
        content.layers().forEach(layer -> name(Term.LAYER, layer.code(), layer.name()));
        content.scales().forEach(scale -> name(Term.SCALE, scale.code(), scale.name()));
        content.governanceForms().forEach(form -> name(Term.GOVERNANCE_FORM, form.code(), form.name()));
        for (FrameworkContent.Theme theme : content.themes()) {
            themes.add(theme.code());
            themes.phaseChange(message, theme.code());
        }
    }

    @EventHandler
    void on(AgendaThemeAdded event, EventMessage<?> message) {
        name(Term.THEME, event.themeCode(), event.name());
        themes.add(event.themeCode());
        themes.phaseChange(message, event.themeCode());
    }

    private void name(Term term, String code, String name) {
        if (code != null && name != null) {
            writes.add(NAME, term.name(), code, name);
        }
    }

    // ---- lead times, scales, confirmations ----

    @EventHandler
    void on(AssessmentOpened event, EventMessage<?> message, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), CYCLE_OPENED,
                event.assessmentId(), event.cycle(), event.themeCode(), event.title(), textArray(event.gemeenten()),
                timestamp(message.getTimestamp()), byName, event.mandateId());
        themes.add(event.themeCode()).opened(event.assessmentId(), RouteView.RUNNING);
        themes.phaseChange(message, event.themeCode());
    }

    @EventHandler
    void on(AssessmentReopened event, EventMessage<?> message, @MetaDataValue(USER_NAME) String byName) {
        String theme = themes.themeOf(event.assessmentId());
        if (theme == null) {
            return;
        }
        writes.add(event.assessmentId(), CYCLE_REOPENED,
                event.cycle(), timestamp(message.getTimestamp()), byName, event.assessmentId());
        themes.ofAssessment(event.assessmentId(), row -> row.restarted(RouteView.RUNNING));
        themes.phaseChange(message, theme);
    }

    @EventHandler
    void on(ThemeScaleProposed event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), PROPOSED, event.assessmentId(), event.cycle(), event.revision(), Json.write(event.scales()),
                Json.write(event.deviations()), timestamp(at), byName, event.assessmentId(), event.cycle(),
                timestamp(at), event.mandateId(), event.assessmentId(), event.cycle());
    }

    /** A package revision is a revision too (issue 11 §2), though its scales stay those of the proposal. */
    @EventHandler
    void on(PackageRevised event) {
        writes.add(event.assessmentId(), PACKAGE_REVISED,
                event.revision(), event.mandateId(), event.assessmentId(), event.cycle());
    }

    @EventHandler
    void on(ConfirmedByBestuurder event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), CONFIRMED,
                event.gemeente(), event.revision(), timestamp(at), byName, event.assessmentId(), event.cycle());
    }

    @EventHandler
    void on(DecisionRecorded event, EventMessage<?> message) {
        writes.add(event.assessmentId(), DECIDED,
                event.decisionId(), timestamp(message.getTimestamp()), Json.write(event.scales()),
                event.assessmentId(), event.cycle());
        completions.store(event.assessmentId(), event.cycle());
        themes.ofAssessment(event.assessmentId(), row -> row.status(RouteView.CONFIRMED));
        themes.phaseChange(message, event.themeCode());
    }

    @EventHandler
    void on(FormalDecisionRecorded event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), FORMAL_DECISION,
                event.decisionId(), event.gemeente() == null ? "" : event.gemeente(), event.body().name(),
                event.assessmentId(), event.cycle(), event.date(), timestamp(at), byName);
        completions.store(event.assessmentId(), event.cycle());
    }

    // ---- interventions ----

    @EventHandler
    void on(LocalInterventionOpened event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), INTERVENTION_OPENED,
                event.interventionId(), event.gemeente(), event.layer(), event.kind().name(), event.reason(),
                timestamp(at), byName, event.mandateId(), event.assessmentId(), event.cycle());
    }

    @EventHandler
    void on(InterventionReferred event) {
        writes.add(event.assessmentId(), INTERVENTION_REFERRED, event.interventionId());
    }

    @EventHandler
    void on(InterventionResolved event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), INTERVENTION_RESOLVED,
                event.outcome().name(), timestamp(at), byName, event.interventionId());
    }

    // ---- mandates ----

    @EventHandler
    void on(MandateRegistered event, @Timestamp Instant at) {
        writes.add(MANDATE_REGISTERED,
                event.mandateId(), event.themeCode(), event.bestuurlijkOpdrachtgever(), timestamp(at));
    }

    @EventHandler
    void on(MandateEnded event, @Timestamp Instant at) {
        writes.add(MANDATE_ENDED, timestamp(at), event.mandateId());
    }

    // ---- reflections ----

    @EventHandler
    void on(ReflectionRecorded event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName,
            @MetaDataValue(AuditMetaData.GEMEENTE) String gemeente) {
        writes.add(event.assessmentId(), REFLECTION,
                event.reflectionId(), event.assessmentId(), event.level(),
                Json.write(event.answers() == null ? Map.of() : event.answers()), event.text(), byName, gemeente,
                timestamp(at));
    }

    // ---- route ----

    @EventHandler
    void on(BestuurstafelOrderRecorded event, EventMessage<?> message) {
        themes.all().forEach(theme -> theme.inRound(event.currentRound().contains(theme.code())));
        themes.all().forEach(theme -> themes.phaseChange(message, theme.code()));
    }

    @EventHandler
    void on(GovernanceFormRecorded event, EventMessage<?> message) {
        form(message, event.assessmentId(), event.form());
    }

    @EventHandler
    void on(FormChosen event, EventMessage<?> message) {
        List<String> themeCodes = event.themes().stream().map(WeighedTheme::themeCode).toList();
        List<String> confirmedBy = event.confirmations().stream().map(Confirmation::gemeente).toList();
        writes.add(FORM_CHOICE,
                event.weighingId(), event.revision(), event.form(), textArray(themeCodes), textArray(confirmedBy),
                timestamp(message.getTimestamp()));
        for (WeighedTheme theme : event.themes()) {
            form(message, theme.assessmentId(), event.form());
        }
    }

    private void form(EventMessage<?> message, String assessmentId, String form) {
        themes.ofAssessment(assessmentId, row -> row.form(form));
        String theme = themes.themeOf(assessmentId);
        if (theme != null) {
            themes.phaseChange(message, theme);
        }
    }

    @EventHandler
    void on(AssessmentFollowUp event, EventMessage<?> message) {
        if (event.returnsToAgenda()) {
            themes.ofAssessment(event.assessmentId(), ReportThemeRows.Theme::backToAgenda);
            String theme = themes.themeOf(event.assessmentId());
            if (theme != null) {
                themes.phaseChange(message, theme);
            }
        }
    }

    @ResetHandler
    void reset() {
        for (String table : ProjectionGroups.tables(ProjectionGroups.EVALUATION_REPORT)) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
