package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/admin/projections/rebuild: dropping and replaying the projections gives the same content. */
class ProjectionRebuildTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private JdbcTemplate jdbc;

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

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
