package nl.regiokompas.web.storage;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.RegiokompasApplication;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded mode as a user runs it: a data directory that survives a stop and a start. Deliberately not
 * an {@code IntegrationTest}: it needs its own persistent database and two application starts.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void events_survive_a_restart_of_the_application() {
        String assessmentId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = apiOf(first);
            Api.Response opened = api.post("strateeg.bun", "/api/assessments", body("themeCode", "JEUGD"));
            assessmentId = opened.json().get("assessmentId").asText();
            api.post("strateeg.hou", "/api/assessments/" + assessmentId + "/inputs", body("gemeente", "HOU",
                    "layer", "BELEID", "criterion", "C3", "text", "Voor de herstart.", "expectedVersion", 0));
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JsonNode history = apiOf(second).get("auditor", "/api/assessments/" + assessmentId + "/history").json();

            assertThat(history).hasSize(2);
            assertThat(history.get(1).get("payload").get("text").asText()).isEqualTo("Voor de herstart.");
            assertThat(history.get(1).get("actor").get("userId").asText()).isEqualTo("strateeg.hou");
        }
    }

    @Test
    void tracking_tokens_are_kept_in_postgresql() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegiokompasApplication.class)
                .run("--server.port=0", "--regiokompas.data-dir=" + dataDir, "--logging.level.root=warn");
    }

    private static Api apiOf(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
