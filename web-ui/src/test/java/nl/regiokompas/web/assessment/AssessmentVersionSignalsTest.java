package nl.regiokompas.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment board announces each version it commits through PostgreSQL, and the waiting readers of the
 * assessment wake up; reading again is then what they do (see {@code TwoInstancesTest} for two instances).
 */
class AssessmentVersionSignalsTest extends IntegrationTest {

    private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);

    @Autowired
    private AssessmentVersionSignals signals;

    @Test
    void a_waiter_learns_of_each_version_once_the_projection_committed_it() throws Exception {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        try (AssessmentVersionSignals.Signal announced = signals.of(toezicht.assessmentId)) {
            long written = toezicht.input("ZST", "BELEID", "C2", "LOKAAL", "Aangekondigd.").version();

            assertThat(announced.await(written, LONG_ENOUGH)).isTrue();
            assertThat(api.get("auditor", toezicht.path("")).json().get("version").asLong())
                    .as("the announced version is committed").isEqualTo(written);
        }
    }

    @Test
    void an_announcement_ends_one_wait_only() throws Exception {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        try (AssessmentVersionSignals.Signal announced = signals.of(toezicht.assessmentId)) {
            long written = toezicht.input("HOU", "BELEID", "C4", "LOKAAL", "Eenmaal.").version();
            assertThat(announced.await(written, LONG_ENOUGH)).isTrue();

            assertThat(announced.await(written, Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void versions_of_another_assessment_do_not_count() throws Exception {
        AssessmentScenarios watched = AssessmentScenarios.open(api, "TOEZICHT");
        AssessmentScenarios other = AssessmentScenarios.open(api, "TOEZICHT");
        try (AssessmentVersionSignals.Signal announced = signals.of(watched.assessmentId)) {
            long written = other.input("WBD", "BELEID", "C1", "REGIONAAL", "Elders.").version();
            api.get("auditor", other.path("?minVersion=" + written));

            assertThat(announced.await(written, Duration.ofMillis(500))).isFalse();
        }
    }
}
