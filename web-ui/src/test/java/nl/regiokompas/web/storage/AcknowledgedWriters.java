package nl.regiokompas.web.storage;

import static nl.regiokompas.web.Api.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;

/**
 * Editors who keep recording criterion inputs on a few assessments until the application stops answering,
 * each in cells of its own gemeente, and who remember every input the application acknowledged with a 2xx.
 */
final class AcknowledgedWriters {

    private static final List<String> LAYERS = List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING");
    private static final List<String> CRITERIA = List.of("C1", "C2", "C3", "C4", "C5", "C6");

    /** Assessment id to the texts of the inputs acknowledged on it. */
    final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedCount = new AtomicInteger();
    private final List<String> assessmentIds;

    AcknowledgedWriters(List<String> assessmentIds) {
        this.assessmentIds = assessmentIds;
        assessmentIds.forEach(id -> acknowledged.put(id, ConcurrentHashMap.newKeySet()));
    }

    int acknowledgedCount() {
        return acknowledgedCount.get();
    }

    /** Starts {@code writers} writers against {@code api}; each stops at the first request that gets no answer. */
    Running start(Api api, String round, int writers) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> write(api, round, writer)));
        }
        pool.shutdown();
        return new Running(pool, done);
    }

    private void write(Api api, String round, int writer) {
        String assessmentId = assessmentIds.get(writer % assessmentIds.size());
        String gemeente = AssessmentScenarios.GEMEENTEN.get(writer % AssessmentScenarios.GEMEENTEN.size());
        String path = "/api/assessments/" + assessmentId;
        long version = lastSequence(api, path);
        for (int n = 0; ; n++) {
            String text = "ronde " + round + " schrijver " + writer + " opdracht " + n;
            Api.Response response;
            try {
                response = api.post("strateeg." + gemeente.toLowerCase(), path + "/inputs", body(
                        "gemeente", gemeente, "layer", LAYERS.get(n % LAYERS.size()),
                        "criterion", CRITERIA.get((n / LAYERS.size()) % CRITERIA.size()),
                        "leaning", n % 2 == 0 ? "REGIONAAL" : "LOKAAL", "text", text, "expectedVersion", version));
            } catch (IllegalStateException applicationGone) {
                return;
            }
            if (response.status() / 100 == 2) {
                acknowledged.get(assessmentId).add(text);
                acknowledgedCount.incrementAndGet();
                version = response.version();
            } else if (response.status() < 500) {
                throw new IllegalStateException("Unexpected answer to " + text + ": " + response);
            }
        }
    }

    private static long lastSequence(Api api, String path) {
        JsonNode history = api.get("auditor", path + "/history").json();
        return history.get(history.size() - 1).get("sequence").asLong();
    }

    record Running(ExecutorService pool, List<Future<?>> writers) {

        void awaitEnd() throws Exception {
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
