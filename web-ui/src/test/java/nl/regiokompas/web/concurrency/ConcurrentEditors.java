package nl.regiokompas.web.concurrency;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;

/**
 * Writers that edit one assessment at the same moment, each remembering the version it last saw, and the
 * checks that nothing accepted was lost and nothing refused left a trace.
 */
final class ConcurrentEditors {

    private static final List<String> GEMEENTEN = List.of("BUN", "HOU", "UHR", "WBD", "ZST");
    private static final List<String> CRITERIA = List.of("C1", "C2", "C3");

    /** Text of each command, by outcome: status code to the texts answered with it. */
    final Map<Integer, List<String>> textsByStatus = new ConcurrentHashMap<>();
    /** For each accepted command: the version it answered and its text. */
    final Map<Long, String> acceptedByVersion = new ConcurrentHashMap<>();

    /**
     * Runs {@code writers} writers that each send {@code commandsPerWriter} inputs; writer i acts for
     * gemeente i mod 5, so writers i and i+5 share a gemeente and, through the small set of criteria, cells.
     * Each writer sends its commands through the api of instance {@code i mod apis.size()}.
     */
    void run(List<Api> apis, String assessmentId, int writers, int commandsPerWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                write(apis.get(writer % apis.size()), assessmentId, writer, commandsPerWriter);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private void write(Api api, String assessmentId, int writer, int commands) {
        String gemeente = GEMEENTEN.get(writer % GEMEENTEN.size());
        String path = "/api/assessments/" + assessmentId;
        long version = currentVersion(api, path);
        for (int n = 0; n < commands; n++) {
            String text = "schrijver " + writer + " opdracht " + n;
            Api.Response response = api.post("strateeg." + gemeente.toLowerCase(), path + "/inputs", body(
                    "gemeente", gemeente, "layer", "BELEID", "criterion", CRITERIA.get((writer + n) % CRITERIA.size()),
                    "leaning", n % 2 == 0 ? "REGIONAAL" : "LOKAAL", "text", text, "expectedVersion", version));
            textsByStatus.computeIfAbsent(response.status(), s -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(text);
            if (response.status() == 200) {
                version = response.version();
                acceptedByVersion.put(version, text);
            } else {
                version = currentVersion(api, path);
            }
        }
    }

    private static long currentVersion(Api api, String path) {
        JsonNode history = api.get("auditor", path + "/history").json();
        return history.get(history.size() - 1).get("sequence").asLong();
    }

    /** Every accepted command appears exactly once, at the version it answered; refused ones never. */
    void assertNothingLostAndNoTraceOfRefusals(JsonNode history) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<Long, String> textBySequence = new HashMap<>();
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("CriterionInputRecorded")) {
                String text = event.get("payload").get("text").asText();
                occurrences.merge(text, 1, Integer::sum);
                textBySequence.put(event.get("sequence").asLong(), text);
            }
        }
        List<String> accepted = textsByStatus.getOrDefault(200, List.of());
        List<String> refused = textsByStatus.getOrDefault(409, List.of());
        assertThat(textsByStatus.keySet()).as("only 200 and 409 answers").isSubsetOf(200, 409);
        accepted.forEach(text -> assertThat(occurrences.get(text)).as(text).isEqualTo(1));
        refused.forEach(text -> assertThat(occurrences).as(text).doesNotContainKey(text));
        assertThat(occurrences.size()).isEqualTo(accepted.size());
        acceptedByVersion.forEach((version, text) -> assertThat(textBySequence.get(version)).isEqualTo(text));
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("sequence").asLong()).as("no gaps in the stream").isEqualTo(i);
        }
    }

    /** The inputs of the live document are exactly what a replay of the stream gives: the last input per cell. */
    static void assertDocumentEqualsReplay(JsonNode document, JsonNode history) {
        Map<String, String> replayed = new HashMap<>();
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("CriterionInputRecorded")) {
                JsonNode payload = event.get("payload");
                replayed.put(cell(payload), payload.get("text").asText());
            }
        }
        Map<String, String> projected = new HashMap<>();
        document.get("inputs").forEach(input -> projected.put(cell(input), input.get("text").asText()));
        assertThat(projected).isEqualTo(replayed);
    }

    private static String cell(JsonNode input) {
        return input.get("gemeente").asText() + "/" + input.get("layer").asText() + "/" + input.get("criterion").asText();
    }
}
