package nl.regiokompas.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.platform.storage.LeftoverServer;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mode killed the hard way, in a JVM of its own on a data directory that outlives it. An
 * input the application acknowledged is in the event store after any crash; a JVM killed on its own leaves
 * no PostgreSQL behind that keeps the next start from succeeding.
 */
class CrashRecoveryTest {

    private static final int WRITERS = 6;
    private static final int ACKNOWLEDGED_PER_ROUND = 60;

    @TempDir
    Path work;

    private ChildApplication running;

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        if (running != null) {
            running.close();
        }
        LeftoverServer.stopIfRunning(dataDirectory());
    }

    @Test
    void every_acknowledged_input_survives_killing_the_jvm_and_its_postgresql_during_concurrent_writes() throws Exception {
        AcknowledgedWriters writers = null;
        for (int round = 1; round <= 2; round++) {
            ChildApplication application = start();
            if (writers == null) {
                writers = new AcknowledgedWriters(openAssessments(application.api, "JEUGD", "WMO", "LEERPLICHT"));
            }
            int before = writers.acknowledgedCount();
            AcknowledgedWriters.Running writing = writers.start(application.api, String.valueOf(round), WRITERS);
            AcknowledgedWriters counting = writers;
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> counting.acknowledgedCount() >= before + ACKNOWLEDGED_PER_ROUND);

            application.killJvmAndDatabase();
            writing.awaitEnd();
        }

        Api api = start().api;
        for (String assessmentId : writers.acknowledged.keySet()) {
            Set<String> missing = new HashSet<>(writers.acknowledged.get(assessmentId));
            missing.removeAll(recordedInputs(api, assessmentId));
            assertThat(missing).as("acknowledged inputs of %s missing after the crashes", assessmentId).isEmpty();
        }
    }

    @Test
    void a_start_after_only_the_jvm_was_killed_stops_the_orphaned_postgresql_and_keeps_the_data() throws Exception {
        ChildApplication first = start();
        AssessmentScenarios jeugd = AssessmentScenarios.open(first.api, "JEUGD");
        assertThat(jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Voor de kill.").status()).isEqualTo(200);
        ProcessHandle orphan = first.postmaster();
        first.killJvm();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives its JVM").isTrue();

        Api api = start().api;

        assertThat(orphan.isAlive()).isFalse();
        assertThat(recordedInputs(api, jeugd.assessmentId)).containsExactly("Voor de kill.");
    }

    private ChildApplication start() throws Exception {
        running = ChildApplication.start(dataDirectory(), work.resolve("application.log"));
        return running;
    }

    private Path dataDirectory() {
        return work.resolve("data");
    }

    private static List<String> openAssessments(Api api, String... themes) {
        List<String> ids = new ArrayList<>();
        for (String theme : themes) {
            ids.add(AssessmentScenarios.open(api, theme).assessmentId);
        }
        return ids;
    }

    private static List<String> recordedInputs(Api api, String assessmentId) {
        JsonNode history = api.get("auditor", "/api/assessments/" + assessmentId + "/history").json();
        List<String> texts = new ArrayList<>();
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("CriterionInputRecorded")) {
                texts.add(event.get("payload").get("text").asText());
            }
        }
        return texts;
    }
}
