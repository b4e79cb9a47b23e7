package nl.regiokompas.query.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkProposed;
import nl.regiokompas.api.framework.FrameworkVersionAdoptedByGemeente;
import nl.regiokompas.api.framework.FrameworkVersionDeclinedByGemeente;
import nl.regiokompas.api.route.AgendaThemeAdded;
import nl.regiokompas.api.route.AssessmentFollowUp;
import nl.regiokompas.api.route.BestuurstafelOrderRecorded;
import nl.regiokompas.api.route.GlossaryTermEdited;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.api.route.ThemeScored;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The region's route: the agenda (the themes of the framework in force and the added ones), each theme's place
 * from the assessment events, scores, Bestuurstafel meetings, the glossary, and every change of route and framework
 * with who and when (route_change, for the route's history and the evaluation). Idempotent per event.
 */
@Component
@ProcessingGroup(ProjectionGroups.ROUTE)
class RouteProjection {

    private final JdbcTemplate jdbc;

    RouteProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FrameworkAdopted event, EventMessage<?> message) {
        FrameworkContent content = event.content();
        List<String> codes = content.themes().stream().map(FrameworkContent.Theme::code).toList();
        for (FrameworkContent.Theme theme : content.themes()) {
            jdbc.update("""
                            INSERT INTO route_theme (theme_code, name, in_framework) VALUES (?, ?, TRUE)
                            ON CONFLICT (theme_code) DO UPDATE SET name = EXCLUDED.name, in_framework = TRUE""",
                    theme.code(), theme.name());
        }
        jdbc.update("UPDATE route_theme SET in_framework = FALSE WHERE NOT (theme_code = ANY (?))",
                (Object) codes.toArray(String[]::new));
        int ord = 0;
        for (FrameworkContent.Gemeente gemeente : content.region().gemeenten()) {
            jdbc.update("""
                            INSERT INTO route_gemeente (code, name, ord) VALUES (?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, ord = EXCLUDED.ord""",
                    gemeente.code(), gemeente.name(), ord++);
        }
        change(message, null, "Versie " + event.version() + " van het afwegingskader is in werking"
                + (event.reason() == null ? "." : ": " + event.reason()));
    }

    @EventHandler
    void on(FrameworkProposed event, EventMessage<?> message) {
        change(message, null, "Versie " + event.version() + " van het afwegingskader voorgesteld: " + event.reason()
                + (event.supersedes() == null ? "" : " (vervangt het voorstel voor versie " + event.supersedes() + ")"));
    }

    @EventHandler
    void on(FrameworkVersionAdoptedByGemeente event, EventMessage<?> message) {
        change(message, null, gemeenteName(event.gemeente()) + " stelde versie " + event.version()
                + " van het afwegingskader vast.");
    }

    @EventHandler
    void on(FrameworkVersionDeclinedByGemeente event, EventMessage<?> message) {
        change(message, null, gemeenteName(event.gemeente()) + " wees versie " + event.version()
                + " van het afwegingskader af: " + event.reason());
    }

    @EventHandler
    void on(AgendaThemeAdded event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO route_theme (theme_code, name, description, added) VALUES (?, ?, ?, TRUE)
                        ON CONFLICT (theme_code) DO UPDATE SET description = EXCLUDED.description, added = TRUE""",
                event.themeCode(), event.name(), event.description());
        change(message, event.themeCode(), "Thema " + event.name() + " op de agenda gezet: " + event.description(),
                details("name", event.name(), "description", event.description()));
    }

    @EventHandler
    void on(ThemeScored event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO route_score (theme_code, gemeente, urgency, opportunity, argument, scored_at, scored_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (theme_code, gemeente) DO UPDATE SET urgency = EXCLUDED.urgency,
                            opportunity = EXCLUDED.opportunity, argument = EXCLUDED.argument,
                            scored_at = EXCLUDED.scored_at, scored_by = EXCLUDED.scored_by""",
                event.themeCode(), event.gemeente(), event.urgency(), event.opportunity(), event.argument(),
                timestamp(message.getTimestamp()), by(message));
        change(message, event.themeCode(), gemeenteName(event.gemeente()) + " scoorde " + themeName(event.themeCode())
                + ": urgentie " + event.urgency() + ", kansrijkheid " + event.opportunity() + ". " + event.argument(),
                details("gemeente", event.gemeente(), "urgency", event.urgency(), "opportunity", event.opportunity(),
                        "argument", event.argument()));
    }

    @EventHandler
    void on(BestuurstafelOrderRecorded event, EventMessage<?> message) {
        int inserted = jdbc.update("""
                        INSERT INTO route_meeting (event_id, meeting_date, recorded_at, recorded_by, note, theme_order,
                            current_round)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb)) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), event.meetingDate(), timestamp(message.getTimestamp()), by(message),
                event.note(), Json.write(event.order()), Json.write(event.currentRound()));
        if (inserted == 0) {
            return;
        }
        jdbc.update("UPDATE route_theme SET position = NULL, in_round = FALSE");
        for (int i = 0; i < event.order().size(); i++) {
            jdbc.update("UPDATE route_theme SET position = ? WHERE theme_code = ?", i + 1, event.order().get(i));
        }
        for (String theme : event.currentRound()) {
            jdbc.update("UPDATE route_theme SET in_round = TRUE WHERE theme_code = ?", theme);
        }
        change(message, null, "Bestuurstafel van " + event.meetingDate() + ": volgorde "
                + names(event.order()) + "; huidige ronde " + names(event.currentRound())
                + (event.note() == null ? "." : ". " + event.note()));
    }

    @EventHandler
    void on(GlossaryTermEdited event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO route_glossary (term_key, term, revision, text, edited_at, edited_by)
                        VALUES (lower(?), ?, ?, ?, ?, ?)
                        ON CONFLICT (term_key) DO UPDATE SET term = EXCLUDED.term, revision = EXCLUDED.revision,
                            text = EXCLUDED.text, edited_at = EXCLUDED.edited_at, edited_by = EXCLUDED.edited_by
                        WHERE route_glossary.revision < EXCLUDED.revision""",
                event.term().strip(), event.term(), event.revision(), event.text(), timestamp(message.getTimestamp()),
                by(message));
        change(message, null, "Begrip '" + event.term() + "' bijgewerkt (versie " + event.revision() + "): " + event.text());
    }

    @EventHandler
    void on(AssessmentOpened event) {
        jdbc.update("INSERT INTO route_assessment (assessment_id, theme_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.assessmentId(), event.themeCode());
        jdbc.update("""
                        UPDATE route_theme SET assessment_id = ?, assessment_status = ?, governance_form = NULL,
                            follow_up = NULL WHERE theme_code = ?""",
                event.assessmentId(), RouteView.RUNNING, event.themeCode());
    }

    @EventHandler
    void on(AssessmentReopened event) {
        jdbc.update("""
                        UPDATE route_theme SET assessment_status = ?, governance_form = NULL, follow_up = NULL
                        WHERE assessment_id = ?""", RouteView.RUNNING, event.assessmentId());
    }

    @EventHandler
    void on(DecisionRecorded event) {
        jdbc.update("UPDATE route_theme SET assessment_status = ? WHERE assessment_id = ?", RouteView.CONFIRMED,
                event.assessmentId());
    }

    /** A form recorded per assessment before the form weighing existed; it stays the theme's form on the route. */
    @EventHandler
    void on(GovernanceFormRecorded event) {
        jdbc.update("UPDATE route_theme SET governance_form = ? WHERE assessment_id = ?", event.form(),
                event.assessmentId());
    }

    /** Phase 4: the form a weighing chose is the form of each theme it covers. */
    @EventHandler
    void on(nl.regiokompas.api.weighing.FormChosen event) {
        for (nl.regiokompas.api.weighing.WeighedTheme theme : event.themes()) {
            jdbc.update("UPDATE route_theme SET governance_form = ? WHERE assessment_id = ?", event.form(),
                    theme.assessmentId());
        }
    }

    /** Any follow-up of a confirmed assessment; one that returns to the agenda takes the theme back there. */
    @EventHandler
    void on(AssessmentFollowUp event, EventMessage<?> message) {
        String theme = jdbc.queryForList("SELECT theme_code FROM route_assessment WHERE assessment_id = ?",
                String.class, event.assessmentId()).stream().findFirst().orElse(null);
        if (event.returnsToAgenda()) {
            jdbc.update("""
                            UPDATE route_theme SET follow_up = ?, assessment_status = NULL, governance_form = NULL,
                                in_round = FALSE WHERE assessment_id = ?""",
                    event.followUpName(), event.assessmentId());
        } else {
            jdbc.update("UPDATE route_theme SET follow_up = ? WHERE assessment_id = ?", event.followUpName(),
                    event.assessmentId());
        }
        change(message, theme, "Vervolg van de afweging" + (theme == null ? "" : " van " + themeName(theme))
                + ": " + event.followUpName() + (event.returnsToAgenda() ? " (terug op de agenda)." : "."),
                details("assessmentId", event.assessmentId(), "followUp", event.followUpCode(),
                        "followUpName", event.followUpName(), "returnsToAgenda", event.returnsToAgenda()));
    }

    @ResetHandler
    void reset() {
        for (String table : ProjectionGroups.tables(ProjectionGroups.ROUTE)) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private void change(EventMessage<?> message, String themeCode, String description) {
        change(message, themeCode, description, null);
    }

    /** {@code details}: the change's values for the evaluation's exports (see RouteEvaluationQueries). */
    private void change(EventMessage<?> message, String themeCode, String description, Map<String, Object> details) {
        jdbc.update("""
                        INSERT INTO route_change (event_id, at, by_user, role, gemeente, type, theme_code, description,
                            details)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), timestamp(message.getTimestamp()), by(message),
                meta(message, AuditMetaData.ROLE), meta(message, AuditMetaData.GEMEENTE),
                message.getPayloadType().getSimpleName(), themeCode, description,
                details == null ? null : Json.write(details));
    }

    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }

    private static String by(EventMessage<?> message) {
        return meta(message, AuditMetaData.USER_ID);
    }

    private static String meta(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private String names(List<String> themes) {
        return themes.isEmpty() ? "(geen)" : themes.stream().map(this::themeName).collect(Collectors.joining(", "));
    }

    private String themeName(String code) {
        return jdbc.queryForList("SELECT name FROM route_theme WHERE theme_code = ?", String.class, code)
                .stream().findFirst().orElse(code);
    }

    private String gemeenteName(String code) {
        return jdbc.queryForList("SELECT name FROM route_gemeente WHERE code = ?", String.class, code)
                .stream().findFirst().orElse(code);
    }
}
