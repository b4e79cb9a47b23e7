package nl.regiokompas.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.RegiokompasApplication;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.live.PresenceWatcher;
import nl.regiokompas.web.live.StompTestClient;
import nl.regiokompas.platform.storage.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application instance (its own Spring context, Axon configuration and web server) on the same
 * PostgreSQL as the shared test instance: what a scaled-out deployment without Axon Server looks like.
 */
class TwoInstancesTest extends IntegrationTest {

    /** Short, so that a read that waits in vain fails quickly and unmistakably with 503. */
    private static final String READ_YOUR_WRITES_TIMEOUT = "2s";

    private static ConfigurableApplicationContext instanceB;

    @Autowired
    private EmbeddedDatabase database;

    private Api apiB;
    private int portB;

    @BeforeEach
    void startSecondInstance() {
        if (instanceB == null) {
            instanceB = new SpringApplicationBuilder(RegiokompasApplication.class)
                    .profiles("test")
                    .run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
                            "--spring.datasource.password=" + database.password(),
                            "--server.port=0", "--regiokompas.read-your-writes.timeout=" + READ_YOUR_WRITES_TIMEOUT);
        }
        portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        apiB = new Api("http://localhost:" + portB);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
    }

    @Test
    void a_subscriber_on_one_instance_receives_an_event_caused_on_the_other_within_a_second() throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        try (StompTestClient subscriber = StompTestClient.connect(portB, "strateeg.hou")) {
            StompTestClient.Subscription events = subscriber.subscribe("/topic/assessments/" + jeugd.assessmentId);
            Thread.sleep(200);

            jeugd.input("BUN", "BELEID", "C3", "REGIONAAL", "Via instantie A.");
            long sent = System.nanoTime();
            JsonNode event = events.pollChange(1000);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

            assertThat(event).as("event pushed by instance B").isNotNull();
            assertThat(event.get("sequence").asLong()).isEqualTo(1);
            assertThat(elapsedMillis).isLessThan(1000);
        }
    }

    @Test
    void presence_lists_viewers_connected_to_either_instance() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "LEERPLICHT");
        String topic = "/topic/assessments/" + jeugd.assessmentId;
        try (StompTestClient onA = StompTestClient.connect(port, "strateeg.bun");
             StompTestClient onB = StompTestClient.connect(portB, "strateeg.zst")) {
            PresenceWatcher presence = new PresenceWatcher(onA.subscribe(topic + "/presence"));
            onA.subscribe(topic);
            onB.subscribe(topic);

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> presence.viewers().equals(List.of("strateeg.bun", "strateeg.zst")));

            onB.close();

            await().atMost(Duration.ofSeconds(5)).until(() -> presence.viewers().equals(List.of("strateeg.bun")));
        }
    }

    @Test
    void every_write_on_one_instance_can_be_read_at_its_version_on_the_other() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        for (int write = 1; write <= 20; write++) {
            Api.Response written = jeugd.input("UHR", "BELEID", "C" + (write % 3 + 1), "REGIONAAL",
                    "Schrijfronde " + write + " via instantie A.");
            assertThat(written.status()).as(written.toString()).isEqualTo(200);

            Api.Response read = apiB.get("raadslid.uhr", jeugd.path("?minVersion=" + written.version()));

            assertThat(read.status()).as("read of version %d on instance B: %s", written.version(), read)
                    .isEqualTo(200);
            assertThat(read.json().get("version").asLong()).isEqualTo(written.version());
            assertThat(read.json().get("inputs").toString()).contains("Schrijfronde " + write + " via instantie A.");
        }
    }

    @Test
    void writers_on_both_instances_never_corrupt_an_assessment() throws Exception {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        ConcurrentEditors editors = new ConcurrentEditors();

        editors.run(List.of(api, apiB), wmo.assessmentId, 10, 8);

        JsonNode history = api.get("auditor", wmo.path("/history")).json();
        editors.assertNothingLostAndNoTraceOfRefusals(history);
        long last = history.get(history.size() - 1).get("sequence").asLong();
        ConcurrentEditors.assertDocumentEqualsReplay(apiB.get("auditor", wmo.path("?minVersion=" + last)).json(), history);
        ConcurrentEditors.assertDocumentEqualsReplay(api.get("auditor", wmo.path("?minVersion=" + last)).json(), history);
    }

    // --- Aggregate cache across instances (issue 14 §3): a cached assessment never acts on stale state ---

    @Test
    void an_instance_that_cached_an_assessment_accepts_the_version_another_instance_wrote_since() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        assertThat(jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Op A, nu in de cache van A.").status()).isEqualTo(200);
        Api.Response onB = inputVia(apiB, jeugd, "HOU", "C2", "Op B geschreven.", jeugd.version);
        assertThat(onB.status()).as(onB.toString()).isEqualTo(200);

        Api.Response onA = inputVia(api, jeugd, "UHR", "C3", "Op A, na de schrijfactie op B.", onB.version());

        assertThat(onA.status()).as(onA.toString()).isEqualTo(200);
        assertThat(onA.version()).isEqualTo(onB.version() + 1);
    }

    @Test
    void an_instance_that_cached_an_assessment_refuses_a_conflict_with_what_another_instance_wrote_since() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        assertThat(wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Op A, nu in de cache van A.").status()).isEqualTo(200);
        long seenByBoth = wmo.version;
        assertThat(inputVia(apiB, wmo, "HOU", "C4", "Houten op B.", seenByBoth).status()).isEqualTo(200);

        Api.Response sameCellOnA = inputVia(api, wmo, "HOU", "C4", "Houten op A, zonder B te kennen.", seenByBoth);

        assertThat(sameCellOnA.status()).as(sameCellOnA.toString()).isEqualTo(409);
        assertThat(sameCellOnA.json().get("unseenChanges").toString()).contains("Houten");
    }

    private static Api.Response inputVia(Api instance, AssessmentScenarios scenario, String gemeente, String criterion,
                                         String text, long expectedVersion) {
        return instance.post("strateeg." + gemeente.toLowerCase(), scenario.path("/inputs"), Api.body(
                "gemeente", gemeente, "layer", "BELEID", "criterion", criterion, "leaning", "REGIONAAL",
                "text", text, "expectedVersion", expectedVersion));
    }
}
