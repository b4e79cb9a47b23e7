package nl.regiokompas.web.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regiokompas.api.assessment.ThemeMandateFollowed;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store from before the whole package (migration V340): the command side's lookup of mandates and assessments is
 * rebuilt from the events as the follower keeps it, and an assessment opened before it carried its theme's mandate
 * follows the theme's active mandate on the next start.
 */
class ThemeMandateBackfillTest extends IntegrationTest {

    private static final String THEME = "LEERPLICHT";
    private static final String MIGRATION = "db/migration/V340__command_theme_mandates_backfill.sql";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    @Qualifier("themeMandateCatchUp")
    ApplicationRunner catchUp;

    @Test
    void the_rebuilt_lookup_equals_the_one_the_follower_kept() throws Exception {
        AssessmentScenarios.open(api, THEME);
        List<Map<String, Object>> mandatesBefore = mandates();
        List<Map<String, Object>> assessmentsBefore = assessments();

        rerunBackfill();

        assertThat(mandates()).isEqualTo(mandatesBefore);
        assertThat(assessments()).isEqualTo(assessmentsBefore);
    }

    @Test
    void an_assessment_opened_before_the_whole_package_follows_the_themes_active_mandate_after_the_upgrade()
            throws Exception {
        AssessmentScenarios current = AssessmentScenarios.open(api, THEME);
        String old = storeAsOpenedBeforeTheWholePackage(current.assessmentId);
        String active = jdbc.queryForObject("SELECT mandate_id FROM command_mandate WHERE theme_code = ? "
                + "AND NOT ended ORDER BY registered DESC LIMIT 1", String.class, THEME);

        rerunBackfill();
        catchUp.run(null);

        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(old, 0).forEachRemaining(events::add);
        assertThat(events.get(events.size() - 1).getPayload()).isInstanceOfSatisfying(ThemeMandateFollowed.class,
                followed -> assertThat(followed.mandateId()).isEqualTo(active));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_mandate_follow_pending", Integer.class))
                .isZero();
    }

    /** A copy of this assessment's opening as events were written before they carried the theme's mandate. */
    private String storeAsOpenedBeforeTheWholePackage(String assessmentId) {
        String old = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, ?, 0, type, time_stamp, payload_type, payload_revision,
                       convert_to((jsonb_set(convert_from(payload, 'UTF8')::jsonb, '{assessmentId}', to_jsonb(?::text))
                                   - 'mandateId' - 'mandateVersion')::text, 'UTF8'),
                       meta_data
                FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""",
                UUID.randomUUID().toString(), old, old, assessmentId);
        return old;
    }

    /** The migration's rebuild as the upgrade runs it (its table exists already here). */
    private void rerunBackfill() throws Exception {
        String script = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        jdbc.execute("DROP TABLE command_mandate_follow_pending");
        jdbc.execute(script);
    }

    private List<Map<String, Object>> mandates() {
        return jdbc.queryForList("SELECT mandate_id, theme_code, mandate_version, ended FROM command_mandate "
                + "ORDER BY registered");
    }

    private List<Map<String, Object>> assessments() {
        return jdbc.queryForList("SELECT assessment_id, theme_code, decided FROM command_assessment_theme "
                + "ORDER BY assessment_id");
    }
}
