package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several programmateam clients asking for a rebuild at the same moment: one rebuild runs, the others are told
 * so, and afterwards every projection runs and answers.
 */
class ConcurrentRebuildTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void concurrent_rebuild_requests_are_answered_with_the_running_rebuild_and_leave_every_processor_running()
            throws Exception {
        AssessmentScenarios jeugd = DemoLikeHistory.write(api, "JEUGD");
        List<Api.Response> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Callable<Api.Response>> requests = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    String query = client % 2 == 0 ? "" : "?name=assessment-board";
                    requests.add(() -> api.post("programmateam", "/api/admin/projections/rebuild" + query, Map.of()));
                }
                for (Future<Api.Response> answer : clients.invokeAll(requests)) {
                    answers.add(answer.get());
                }
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> {
                    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
                    assertThat(answer.json().get("rebuild").get("state").asText()).isEqualTo("RUNNING");
                });
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Api.Response last = api.get("programmateam", "/api/admin/projections/rebuild");
        assertThat(last.json().get("state").asText()).as(last.toString()).isEqualTo("DONE");
        assertThat(rebuilder.rebuildable()).allSatisfy(name -> assertThat(processing
                .eventProcessorByProcessingGroup(name, StreamingEventProcessor.class).orElseThrow().isRunning())
                .as(name).isTrue());
        Api.Response document = api.get("raadslid.bun", jeugd.path("?minVersion=" + jeugd.version));
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.version()).isEqualTo(jeugd.version);
        assertThat(api.get("raadslid.bun", "/api/assessments").body()).contains(jeugd.assessmentId);
    }
}
