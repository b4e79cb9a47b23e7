package nl.regiokompas.web.benchmark;

import static nl.regiokompas.web.Api.body;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.RegiokompasApplication;
import nl.regiokompas.web.live.StompTestClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Regiokompas in-process on a temporary embedded PostgreSQL, loads it through the real HTTP and
 * WebSocket paths and prints figures and ratios. Figures vary with the machine and its load: compare
 * ratios, and runs on the same machine, not absolute numbers. Run: {@code ./mvnw -q -Pbenchmark -DskipTests verify}.
 */
public final class RegiokompasBenchmark {

    private static final List<String> GEMEENTEN = List.of("BUN", "HOU", "UHR", "WBD", "ZST");
    private static final List<String> LAYERS = List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING");
    private static final List<String> CRITERIA = List.of("C1", "C2", "C3", "C4", "C5", "C6");

    private final Api api;
    private final int port;
    private final DataSource dataSource;

    private RegiokompasBenchmark(Api api, int port, DataSource dataSource) {
        this.api = api;
        this.port = port;
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        int writers = Integer.getInteger("benchmark.writers", 10);
        int commandsPerWriter = Integer.getInteger("benchmark.commands", 40);
        int historySize = Integer.getInteger("benchmark.history", 1);
        System.out.printf(Locale.ROOT, "Regiokompas benchmark: %d writers x %d commands, demo history size %d, %d cores%n",
                writers, commandsPerWriter, historySize, Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegiokompasApplication.class)
                .run("--server.port=0", "--regiokompas.embedded.ephemeral=true", "--logging.level.root=warn",
                        "--regiokompas.demo-history.size=" + historySize, "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            RegiokompasBenchmark benchmark = new RegiokompasBenchmark(new Api("http://localhost:" + port), port,
                    context.getBean(DataSource.class));
            benchmark.run(writers, commandsPerWriter);
        }
    }

    private void run(int writers, int commandsPerWriter) throws Exception {
        warmUp();
        Load separate = commandLoad(writers, commandsPerWriter, false);
        Load shared = commandLoad(writers, commandsPerWriter, true);
        Figures toWebSocket = commandToWebSocket(100);
        double[] rebuild = rebuildAgainstRawRead();
        double[] asOf = asOfReplay();

        System.out.println();
        System.out.println("Command latency and throughput (HTTP POST input, " + writers + " concurrent editors)");
        System.out.println("  each editor on its own assessment:  " + separate);
        System.out.println("  all editors on one assessment:      " + shared);
        System.out.printf(Locale.ROOT, "  ratio throughput one/own assessment: %.2f (one aggregate serialises its commands)%n",
                shared.throughput() / separate.throughput());
        System.out.println("Command to WebSocket (POST sent until the STOMP event arrives, one editor)");
        System.out.println("  " + toWebSocket.summary());
        System.out.printf(Locale.ROOT, "  ratio p50 push/command (separate load): %.2f%n",
                toWebSocket.percentileMillis(50) / separate.latency().percentileMillis(50));
        System.out.println("Projection rebuild against a raw read of the event table");
        System.out.printf(Locale.ROOT, "  events: %.0f; raw read %.0f ms (%.0f events/s); rebuild of all projections %.0f ms (%.0f events/s)%n",
                rebuild[0], rebuild[1], rebuild[0] / rebuild[1] * 1000, rebuild[2], rebuild[0] / rebuild[2] * 1000);
        System.out.printf(Locale.ROOT, "  ratio rebuild/raw read: %.1f%n", rebuild[2] / rebuild[1]);
        System.out.println("As-of replay (GET ?asOf=now, folded from the event store, vs the live projection)");
        System.out.printf(Locale.ROOT, "  assessment with %.0f events: as-of p50 %.1f ms, live p50 %.1f ms, ratio %.1f%n",
                asOf[0], asOf[1], asOf[2], asOf[1] / asOf[2]);
    }

    private void warmUp() throws Exception {
        commandLoad(2, 10, false);
    }

    /** Writers that each send inputs, with the version they last saw; 409s are counted, not retried. */
    private Load commandLoad(int writers, int commandsPerWriter, boolean oneAssessment) throws Exception {
        String shared = oneAssessment ? open("JEUGD") : null;
        Figures latency = new Figures();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            String assessmentId = oneAssessment ? shared : open("WMO");
            done.add(pool.submit(() -> {
                start.await();
                String gemeente = GEMEENTEN.get(writer % GEMEENTEN.size());
                long version = currentVersion(assessmentId);
                for (int n = 0; n < commandsPerWriter; n++) {
                    long begin = System.nanoTime();
                    Api.Response response = api.post("strateeg." + gemeente.toLowerCase(Locale.ROOT),
                            "/api/assessments/" + assessmentId + "/inputs", body("gemeente", gemeente,
                                    "layer", LAYERS.get(n % LAYERS.size()), "criterion", CRITERIA.get(writer % CRITERIA.size()),
                                    "text", "Belasting " + writer + "/" + n, "expectedVersion", version));
                    latency.add(System.nanoTime() - begin);
                    if (response.status() == 200) {
                        version = response.version();
                    } else {
                        conflicts.incrementAndGet();
                        version = currentVersion(assessmentId);
                    }
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get(10, TimeUnit.MINUTES);
        }
        long elapsed = System.nanoTime() - begin;
        pool.shutdown();
        return new Load(latency, elapsed, conflicts.get());
    }

    private Figures commandToWebSocket(int commands) throws Exception {
        String assessmentId = open("LEERPLICHT");
        Figures figures = new Figures();
        ConcurrentHashMap<Long, Long> arrivals = new ConcurrentHashMap<>();
        try (StompTestClient client = StompTestClient.connect(port, "strateeg.hou")) {
            StompTestClient.Subscription events = client.subscribe("/topic/assessments/" + assessmentId);
            Thread.sleep(300);
            long version = 0;
            for (int n = 0; n < commands; n++) {
                long begin = System.nanoTime();
                Api.Response response = api.post("strateeg.bun", "/api/assessments/" + assessmentId + "/inputs",
                        body("gemeente", "BUN", "layer", "BELEID", "criterion", CRITERIA.get(n % CRITERIA.size()),
                                "text", "Live " + n, "expectedVersion", version));
                version = response.version();
                JsonNode event;
                while ((event = events.poll(5000)) != null) {
                    arrivals.put(event.get("sequence").asLong(), System.nanoTime());
                    if (event.get("sequence").asLong() == version) {
                        break;
                    }
                }
                Long arrived = arrivals.get(version);
                if (arrived != null) {
                    figures.add(arrived - begin);
                }
            }
        }
        return figures;
    }

    /** Events in the store, ms for a raw read of every event row, ms to rebuild every projection. */
    private double[] rebuildAgainstRawRead() throws Exception {
        long events = 0;
        long begin = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery(
                    "SELECT global_index, payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                while (rows.next()) {
                    rows.getBytes(3);
                    rows.getBytes(4);
                    events++;
                }
            }
        }
        double rawMillis = (System.nanoTime() - begin) / 1_000_000.0;
        begin = System.nanoTime();
        Api.Response rebuilt = api.post("programmateam", "/api/admin/projections/rebuild?wait=true", body());
        if (rebuilt.status() / 100 != 2) {
            throw new IllegalStateException("rebuild failed: " + rebuilt);
        }
        double rebuildMillis = (System.nanoTime() - begin) / 1_000_000.0;
        return new double[]{events, rawMillis, rebuildMillis};
    }

    /** Events of the largest assessment, p50 ms of as-of, p50 ms of the live document. */
    private double[] asOfReplay() {
        String largest = null;
        long mostEvents = -1;
        for (JsonNode summary : api.get("auditor", "/api/assessments").json()) {
            if (summary.get("version").asLong() > mostEvents) {
                mostEvents = summary.get("version").asLong();
                largest = summary.get("assessmentId").asText();
            }
        }
        Figures asOf = new Figures();
        Figures live = new Figures();
        String now = Instant.now().toString();
        for (int i = 0; i < 20; i++) {
            long begin = System.nanoTime();
            api.get("auditor", "/api/assessments/" + largest + "?asOf=" + now);
            asOf.add(System.nanoTime() - begin);
            begin = System.nanoTime();
            api.get("auditor", "/api/assessments/" + largest);
            live.add(System.nanoTime() - begin);
        }
        return new double[]{mostEvents + 1, asOf.percentileMillis(50), live.percentileMillis(50)};
    }

    private String open(String theme) {
        Api.Response opened = api.post("programmateam", "/api/assessments", body("themeCode", theme));
        if (opened.status() != 201) {
            throw new IllegalStateException("open failed: " + opened);
        }
        return opened.json().get("assessmentId").asText();
    }

    private long currentVersion(String assessmentId) {
        JsonNode history = api.get("auditor", "/api/assessments/" + assessmentId + "/history").json();
        return history.get(history.size() - 1).get("sequence").asLong();
    }

    private record Load(Figures latency, long elapsedNanos, int conflicts) {

        double throughput() {
            return latency.count() / (elapsedNanos / 1_000_000_000.0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %.0f commands/s, %d refused with 409", latency.summary(),
                    throughput(), conflicts);
        }
    }
}
