package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /api/admin/projections/rebuild: replaying the projections gives the same content, and because the replay
 * runs beside the live tables and is swapped in at once, readers keep getting the complete view meanwhile and
 * events written during the rebuild are neither lost nor applied twice.
 */
class ProjectionRebuildTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private JdbcTemplate jdbc;

    private TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Test
    void rebuilding_every_projection_from_the_event_store_gives_identical_tables() {
        DemoLikeHistory.write(api, "WMO");
        DemoLikeHistory.write(api, "JEUGD");
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> before = ProjectionTables.snapshot(jdbc);

        Api.Response response = api.post("programmateam", "/api/admin/projections/rebuild?wait=true&waitSeconds=25", Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("caughtUp").asBoolean()).isTrue();
        assertThat(texts(answer.get("rebuilt"))).contains("assessment-board", "decision-history", "mandates",
                "interventions", "reflections");
        Map<String, List<String>> after = ProjectionTables.snapshot(jdbc);
        assertThat(after.get("decision_entry")).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void one_projection_is_rebuilt_by_name() {
        DemoLikeHistory.write(api, "LEERPLICHT");
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> before = ProjectionTables.snapshot(jdbc);

        Api.Response response = api.post("programmateam",
                "/api/admin/projections/rebuild?name=decision-history&wait=true&waitSeconds=25", Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(texts(response.json().get("rebuilt"))).containsExactly("decision-history");
        assertThat(ProjectionTables.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void readers_never_miss_an_existing_assessment_while_every_projection_is_rebuilt_under_writes() throws Exception {
        List<AssessmentScenarios> existing = List.of(DemoLikeHistory.write(api, "WMO"),
                DemoLikeHistory.write(api, "LEERPLICHT"), DemoLikeHistory.write(api, "JEUGD"));
        AssessmentScenarios written = AssessmentScenarios.open(api, "TOEZICHT");
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> misses = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (rebuilding.get()) {
                for (AssessmentScenarios assessment : existing) {
                    Api.Response document = api.get("raadslid.bun", assessment.path(""));
                    if (document.status() != 200 || document.version() != assessment.version
                            || document.json().get("decision").isNull()) {
                        misses.add("document " + document);
                    }
                    reads.incrementAndGet();
                }
                String list = api.get("raadslid.bun", "/api/assessments").body();
                existing.stream().filter(assessment -> !list.contains(assessment.assessmentId))
                        .forEach(assessment -> misses.add("list without " + assessment.assessmentId));
            }
        });
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; rebuilding.get() && i < 200; i++) {
                Api.Response input = written.input("BUN", "BELEID", "C1", i % 2 == 0 ? "REGIONAAL" : "LOKAAL",
                        "Inbreng " + i + ".");
                assertThat(input.status()).as(input.toString()).isEqualTo(200);
            }
        });

        Api.Response rebuilt;
        try {
            rebuilt = api.post("programmateam", "/api/admin/projections/rebuild?wait=true&waitSeconds=50", Map.of());
        } finally {
            rebuilding.set(false);
        }
        reader.get();
        writer.get();

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().get("caughtUp").asBoolean()).isTrue();
        assertThat(reads.get()).isPositive();
        assertThat(misses).isEmpty();
        JsonNode document = api.get("raadslid.bun", written.path("?minVersion=" + written.version)).json();
        assertThat(document.get("version").asLong()).isEqualTo(written.version);
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> afterRebuildUnderWrites = ProjectionTables.snapshot(jdbc);

        Api.Response fresh = api.post("programmateam", "/api/admin/projections/rebuild?wait=true&waitSeconds=50",
                Map.of());
        assertThat(fresh.json().get("caughtUp").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(ProjectionTables.snapshot(jdbc)).isEqualTo(afterRebuildUnderWrites);
    }

    @Test
    void a_reader_holding_a_live_table_at_the_swap_delays_the_rebuild_but_does_not_fail_it() throws Exception {
        DemoLikeHistory.write(api, "WMO");
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> before = ProjectionTables.snapshot(jdbc);
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.queryForList("SELECT theme_code FROM route_theme");
            reading.countDown();
            pause(Duration.ofSeconds(4));
        }));
        reading.await();

        Api.Response response = api.post("programmateam",
                "/api/admin/projections/rebuild?name=route&wait=true&waitSeconds=50", Map.of());

        reader.join();
        assertThat(response.json().get("caughtUp").asBoolean()).as(response.toString()).isTrue();
        assertThat(ProjectionTables.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void a_rebuild_leaves_the_tables_columns_constraints_and_indexes_as_flyway_made_them() {
        List<String> before = ProjectionTables.schema(jdbc);

        Api.Response response = api.post("programmateam", "/api/admin/projections/rebuild?wait=true&waitSeconds=25", Map.of());

        assertThat(response.json().get("caughtUp").asBoolean()).as(response.toString()).isTrue();
        assertThat(ProjectionTables.schema(jdbc)).isEqualTo(before).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = 'projection_rebuild'",
                Integer.class)).isZero();
    }

    @Test
    void an_unknown_projection_is_not_found() {
        Api.Response response = api.post("programmateam", "/api/admin/projections/rebuild?name=bestaat-niet", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void only_the_programmateam_may_rebuild() {
        Api.Response response = api.post("strateeg.bun", "/api/admin/projections/rebuild", Map.of());

        assertThat(response.status()).isEqualTo(403);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
