package nl.regiokompas.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core (the WebJar on the test classpath) run in the page a {@link Browser} shows: injected with
 * executeScript when the page does not have it yet, run with executeAsyncScript, every violation of any
 * impact reported as one readable line per element.
 */
final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(JSON.stringify(results.violations)))
                .catch(error => done(JSON.stringify([{id: 'axe-error', impact: 'critical',
                    help: String(error), nodes: []}])));
            """;

    private Axe() {
    }

    /** The violations on the page as it is now, as "rule (impact): help - element: summary" lines. */
    static List<String> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(SOURCE);
        }
        String json = (String) browser.driver.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(json)) {
                String rule = violation.get("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText();
                if (violation.path("nodes").isEmpty()) {
                    lines.add(rule);
                }
                for (JsonNode node : violation.path("nodes")) {
                    lines.add(rule + " - " + node.path("target") + ": "
                            + node.path("failureSummary").asText().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream properties = loader.getResourceAsStream(
                "META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (properties == null) {
                throw new IllegalStateException("The axe-core WebJar is not on the test classpath");
            }
            pom.load(properties);
            try (InputStream script = loader.getResourceAsStream(WEBJAR + pom.getProperty("version") + "/axe.min.js")) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
