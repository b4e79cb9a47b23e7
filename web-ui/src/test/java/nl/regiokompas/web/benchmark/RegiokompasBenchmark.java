package nl.regiokompas.web.benchmark;

import static nl.regiokompas.web.Api.body;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.RegiokompasApplication;
import nl.regiokompas.web.benchmark.BenchmarkReport.Verdict;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts Regiokompas in-process on a temporary embedded PostgreSQL, fills its event store, loads it through the
 * real HTTP and WebSocket paths, measures each figure against its baseline in the same run and reports the ratios
 * next to the goals of issue 14 (a table on the console, JSON and Markdown under {@code target/benchmark}).
 * Figures vary with the machine and its load: compare ratios, and runs on one machine, not absolute numbers.
 * Run: {@code ./mvnw -q -Pbenchmark -DskipTests verify} (full) or with {@code -Dbenchmark.args=--quick}.
 */
public final class RegiokompasBenchmark {

    private static final List<String> GEMEENTEN = List.of("BUN", "HOU", "UHR", "WBD", "ZST");
    private static final List<String> LAYERS = List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING");
    private static final List<String> CRITERIA = List.of("C1", "C2", "C3", "C4", "C5", "C6");
    private static final String COMMANDS = "Commands";
    private static final int STEPS = 8;
    private static final List<String> SKIPPABLE = List.of("startup", "commands", "push", "asof", "report");

    private final BenchmarkSize size;
    private final BenchmarkReport report;
    private final Progress progress;
    private Api api;
    private int port;
    private ConfigurableApplicationContext context;

    private RegiokompasBenchmark(BenchmarkSize size, BenchmarkReport report, Progress progress) {
        this.size = size;
        this.report = report;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        List<String> unknown = skipped().stream().filter(step -> !SKIPPABLE.contains(step)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("benchmark.skip: " + String.join(", ", unknown) + " cannot be left out; the steps that can: "
                    + String.join(", ", SKIPPABLE) + " (the rebuild always runs: it fills the projections every later"
                    + " step reads)");
            System.exit(2);
        }
        BenchmarkSize size = BenchmarkSize.of(args == null ? new String[0] : args);
        BenchmarkReport report = new BenchmarkReport()
                .describe("size", size.name() + " (" + String.format(Locale.ROOT, "%,d", size.storeEvents())
                        + " events in the store)")
                .describe("started", Instant.now())
                .describe("machine", Machine.describe());
        Progress progress = new Progress(System.out, STEPS);
        System.out.println("Regiokompas benchmark, size " + size.name() + ": " + Machine.describe());
        new RegiokompasBenchmark(size, report, progress).run();
        progress.done();
        long seconds = progress.elapsedSeconds();
        report.add(new BenchmarkReport.Row("Run", "whole benchmark, " + size.name() + " size", seconds + " s", "",
                "under " + size.runGoal().toMinutes() + " min on 2 cores", Verdict.of(seconds < size.runGoal().toSeconds()),
                Map.of("seconds", (double) seconds)));
        report.print(System.out);
        List<Path> written = report.write(Path.of(System.getProperty("benchmark.output", defaultOutput())));
        System.out.println();
        written.forEach(path -> System.out.println("written: " + path));
        // the application leaves non-daemon threads (the STOMP heartbeat scheduler, Axon's janitor) after close,
        // on which exec:java would wait for ever
        System.exit(0);
    }

    private static String defaultOutput() {
        return Files.isDirectory(Path.of("web-ui/target")) ? "web-ui/target/benchmark" : "target/benchmark";
    }

    private void run() throws Exception {
        progress.phase("jar size and start-up");
        if (runs("startup")) {
            jarSizeAndStartUp();
        }
        progress.phase("starting the application with a demo history");
        context = new SpringApplicationBuilder(RegiokompasApplication.class)
                .initializers(PlainCrudEndpoint.register())
                .run("--server.port=0", "--regiokompas.embedded.ephemeral=true", "--logging.level.root=warn",
                        "--logging.level.nl.regiokompas.query.rebuild=info",
                        "--regiokompas.demo-history.size=1", "--spring.main.banner-mode=off");
        try {
            port = ((WebServerApplicationContext) context).getWebServer().getPort();
            api = new Api("http://localhost:" + port);
            progress.phase("generating the event store");
            StoreGenerator.Generated store = generateStore();
            progress.phase("raw read and rebuild");
            rebuildAgainstRawRead();
            progress.phase("commands against a plain endpoint");
            if (runs("commands")) {
                commandsAgainstPlainEndpoint();
            }
            progress.phase("push to subscribers");
            if (runs("push")) {
                push();
            }
            progress.phase("as-of against the live document");
            if (runs("asof")) {
                asOfAgainstLive(store);
            }
            progress.phase("report for the whole period");
            if (runs("report")) {
                wholePeriodReport();
            }
        } finally {
            context.close();
        }
    }

    /** Whether a step runs: {@code -Dbenchmark.skip=startup,commands,push,asof,report} leaves steps out (for tuning one figure). */
    private static boolean runs(String step) {
        return !skipped().contains(step);
    }

    private static List<String> skipped() {
        return Arrays.stream(System.getProperty("benchmark.skip", "").split(",")).map(String::strip)
                .filter(step -> !step.isEmpty()).toList();
    }

    // ---- start and size

    private void jarSizeAndStartUp() throws Exception {
        Optional<Path> jar = JarStartup.locate();
        if (jar.isEmpty()) {
            report.notMeasured("Start and size", "jar size and start-up", "no jar: run with package or verify");
            return;
        }
        JarStartup.Size jarSize = JarStartup.size(jar.get());
        report.info("Start and size", "jar size (embedded PostgreSQL part)", String.format(Locale.ROOT,
                        "%.1f MB (%.1f MB: %s)", jarSize.jarBytes() / 1e6, jarSize.postgresBytes() / 1e6,
                        String.join(", ", jarSize.platforms())),
                Map.of("jarBytes", (double) jarSize.jarBytes(), "postgresBytes", (double) jarSize.postgresBytes()));
        int startPort = Integer.getInteger("benchmark.start-port", 18180);
        Path data = Files.createTempDirectory("regiokompas-bench-start").resolve("data");
        try {
            Duration cold = JarStartup.start(jar.get(), data, startPort);
            report.info("Start and size", "java -jar until the API answers, empty data directory",
                    String.format(Locale.ROOT, "%.1f s", cold.toMillis() / 1000.0), Map.of("ms", (double) cold.toMillis()));
            if (size.warmStart()) {
                Duration warm = JarStartup.start(jar.get(), data, startPort);
                report.info("Start and size", "java -jar until the API answers, second start",
                        String.format(Locale.ROOT, "%.1f s", warm.toMillis() / 1000.0), Map.of("ms", (double) warm.toMillis()));
            }
        } catch (Exception e) {
            report.notMeasured("Start and size", "java -jar until the API answers", "failed: " + e.getMessage());
        } finally {
            deleteQuietly(data.getParent());
        }
    }

    // ---- the store

    private StoreGenerator.Generated generateStore() throws Exception {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        EventStore eventStore = context.getBean(EventStore.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        StoreGenerator generator = new StoreGenerator(context.getBean(DataSource.class));
        PausedProcessors paused = PausedProcessors.pause(processing);
        CpuTime cpu = CpuTime.of(context.getBean(DataSource.class));
        CpuTime.Sample cpuBefore = cpu.sample();
        StoreGenerator.Generated store = generator.generate(size.storeEvents(), size.largestAssessment(), progress::detail);
        paused.resumeAtHead(context.getBean(ProjectionRebuilder.class).rebuildable(), eventStore.createHeadToken(),
                transactions);
        double seconds = store.nanos() / 1e9;
        CpuTime.Sample used = cpu.sample().since(cpuBefore);
        report.info("Store", "events generated (copies of demo assessments' rows with their stream links, COPY of"
                        + " 10,000 per transaction)",
                String.format(Locale.ROOT, "%,d appended in %.0f s (%,.0f events/s); %,d in the store; CPU %s",
                        store.appended(), seconds, store.appended() / seconds, store.storeEvents(), cpuText(used)),
                Map.of("appended", (double) store.appended(), "seconds", seconds, "storeEvents", (double) store.storeEvents()));
        long checked = generator.links(store.sample());
        long mismatched = generator.mismatchedLinks(store.sample());
        report.add(new BenchmarkReport.Row("Store", "hash chain of the generated streams, checked against the"
                + " database's event_hash_link (the largest and " + (store.sample().size() - 1) + " copies)",
                String.format(Locale.ROOT, "%,d links, %,d differ", checked, mismatched), "", "none differ",
                Verdict.of(checked > 0 && mismatched == 0), Map.of("links", (double) checked, "mismatched", (double) mismatched)));
        return store;
    }

    // ---- rebuild

    private void rebuildAgainstRawRead() throws Exception {
        CpuTime cpu = CpuTime.of(context.getBean(DataSource.class));
        CpuTime.Sample cpuBefore = cpu.sample();
        long events = 0;
        long begin = System.nanoTime();
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery("SELECT global_index, aggregate_identifier, sequence_number,"
                    + " payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                while (rows.next()) {
                    rows.getBytes(5);
                    rows.getBytes(6);
                    events++;
                }
            }
            connection.commit();
        }
        double rawSeconds = (System.nanoTime() - begin) / 1e9;
        double raw = events / rawSeconds;
        CpuTime.Sample rawCpu = cpu.sample().since(cpuBefore);
        report.info("Rebuild", "raw ordered JDBC read of the event table (fetch size 1,000)",
                String.format(Locale.ROOT, "%,d events in %.1f s: %,.0f events/s; CPU %s", events, rawSeconds, raw,
                        cpuText(rawCpu)),
                Map.of("events", (double) events, "seconds", rawSeconds, "eventsPerSecond", raw,
                        "cpuJvm", rawCpu.jvm(), "cpuPostgres", rawCpu.postgres()));
        cpuBefore = cpu.sample();
        begin = System.nanoTime();
        JsonNode started = api.post("programmateam", "/api/admin/projections/rebuild", body()).json();
        long id = started.get("status").get("id").asLong();
        long patience = begin + TimeUnit.MINUTES.toNanos(Integer.getInteger("benchmark.rebuild-minutes", 30));
        String state;
        do {
            if (System.nanoTime() > patience) {
                report.notMeasured("Rebuild", "rebuild of every projection", String.format(Locale.ROOT,
                        "%,d events: not done after %d min (raise -Dbenchmark.rebuild-minutes); the figures below run"
                                + " beside it", events, TimeUnit.NANOSECONDS.toMinutes(patience - begin)));
                return;
            }
            Thread.sleep(500);
            JsonNode status = api.get("programmateam", "/api/admin/projections/rebuild").json();
            state = status.get("id").asLong() == id ? status.get("state").asText() : "RUNNING";
            progress.detail(String.format(Locale.ROOT, "rebuild of %,d events running for %d s", events,
                    (System.nanoTime() - begin) / 1_000_000_000L));
        } while ("RUNNING".equals(state));
        double rebuildSeconds = (System.nanoTime() - begin) / 1e9;
        double rebuilt = events / rebuildSeconds;
        if (!"DONE".equals(state)) {
            report.notMeasured("Rebuild", "rebuild of every projection", "rebuild ended " + state);
            return;
        }
        double ratio = rebuilt / raw;
        CpuTime.Sample rebuildCpu = cpu.sample().since(cpuBefore);
        report.add(new BenchmarkReport.Row("Rebuild", "rebuild of every projection, beside the live tables",
                String.format(Locale.ROOT, "%,d events in %.1f s: %,.0f events/s; CPU %s", events, rebuildSeconds,
                        rebuilt, cpuText(rebuildCpu)),
                String.format(Locale.ROOT, "%.3f of the raw read", ratio), "at least 0.3 of the raw read at 1M events",
                Verdict.of(ratio >= 0.3), Map.of("seconds", rebuildSeconds, "eventsPerSecond", rebuilt, "ratio", ratio,
                        "cpuJvm", rebuildCpu.jvm(), "cpuPostgres", rebuildCpu.postgres())));
        double cpuRatio = rawCpu.total() / rebuildCpu.total();
        report.info("Rebuild", "rebuild against the raw read per CPU second (JVM + PostgreSQL; what the load of"
                        + " other processes does not change)", String.format(Locale.ROOT, "%.3f of the raw read", cpuRatio),
                Map.of("ratio", cpuRatio));
    }

    private static String cpuText(CpuTime.Sample used) {
        return String.format(Locale.ROOT, "%.1f s JVM + %.1f s PostgreSQL", used.jvm(), used.postgres());
    }

    // ---- commands

    private void commandsAgainstPlainEndpoint() throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Function<Integer, String> command = editor -> open("WMO");
        Function<Integer, String> plain = editor -> PlainCrudEndpoint.createRow(jdbc);
        progress.detail("warming up until the JIT has settled");
        JitWarmUp.Done warmedUp = new JitWarmUp(size.warmUp(), size.warmUpLimit()).run(length -> {
            load(8, length, command, RegiokompasBenchmark::inputPath);
            load(8, length, plain, PlainCrudEndpoint::path);
        });
        report.info(COMMANDS, "warm-up before the loads: commands and plain requests at 8 editors in rounds, until"
                + " the JIT compiles in under 5 % of a round", warmedUp.toString(),
                Map.of("seconds", warmedUp.seconds(), "rounds", (double) warmedUp.rounds(),
                        "compileShare", warmedUp.lastRoundCompileShare()));
        Map<Integer, Load> plainLoads = new LinkedHashMap<>();
        for (int editors : size.plainEditors()) {
            progress.detail("plain endpoint, " + editors + " editors");
            plainLoads.put(editors, load(editors, size.load(), plain, PlainCrudEndpoint::path));
        }
        for (int editors : size.commandEditors()) {
            progress.detail("commands, " + editors + " editors");
            Load commands = load(editors, size.load(), command, RegiokompasBenchmark::inputPath);
            Load baseline = plainLoads.get(editors);
            if (baseline != null) {
                report.info(COMMANDS, "plain MVC + JDBC optimistic update, " + editors + (editors == 1 ? " editor" : " editors"),
                        baseline.toString(), baseline.figures());
            }
            String what = "HTTP POST input, " + editors + (editors == 1 ? " editor" : " editors") + " on own assessments";
            if (baseline != null) {
                double ratio = commands.throughput() / baseline.throughput();
                boolean goal = editors == 32;
                report.add(new BenchmarkReport.Row(COMMANDS, what, commands.toString(),
                        String.format(Locale.ROOT, "%.2f of plain throughput", ratio),
                        goal ? "at least 0.5 of plain at 32 editors" : "", goal ? Verdict.of(ratio >= 0.5) : Verdict.INFO,
                        with(commands.figures(), "ratio", ratio)));
            }
            if (editors == size.p99GoalEditors()) {
                report.add(new BenchmarkReport.Row(COMMANDS, what, commands.toString(), "",
                        "p99 under 100 ms at " + editors + " editors", Verdict.of(commands.latency().p99() < 100),
                        commands.figures()));
            }
        }
    }

    /** Editors that each send inputs to their own target for a while, with the version they last saw. */
    private Load load(int editors, Duration duration, Function<Integer, String> target, Function<String, String> path)
            throws Exception {
        Figures latency = new Figures();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        long[] deadline = new long[1];
        for (int e = 0; e < editors; e++) {
            int editor = e;
            String id = target.apply(editor);
            done.add(pool.submit(() -> {
                start.await();
                String gemeente = GEMEENTEN.get(editor % GEMEENTEN.size());
                long version = 0;
                for (int n = 0; System.nanoTime() < deadline[0]; n++) {
                    long begin = System.nanoTime();
                    Api.Response response = api.post("strateeg." + gemeente.toLowerCase(Locale.ROOT), path.apply(id),
                            body("gemeente", gemeente, "layer", LAYERS.get(n % LAYERS.size()),
                                    "criterion", CRITERIA.get(editor % CRITERIA.size()), "leaning", "REGIONAAL",
                                    "text", "Belasting " + editor + "/" + n, "expectedVersion", version));
                    latency.add(System.nanoTime() - begin);
                    if (response.status() == 200) {
                        version = response.version();
                    } else {
                        failures.incrementAndGet(); // nobody else edits this target: counted, the version stays
                    }
                }
                return null;
            }));
        }
        long backlog = processorsAtHead().await(name -> true,
                () -> progress.detail("waiting for the processors to handle the backlog of the load before"));
        CpuTime cpu = CpuTime.of(context.getBean(DataSource.class));
        CpuTime.Sample cpuBefore = cpu.sample();
        CommittedTransactions transactions = new CommittedTransactions(context.getBean(DataSource.class));
        double transactionsBefore = transactions.sample();
        long begin = System.nanoTime();
        deadline[0] = begin + duration.toNanos();
        start.countDown();
        for (Future<?> future : done) {
            future.get(10, TimeUnit.MINUTES);
        }
        long elapsed = System.nanoTime() - begin;
        CpuTime.Sample used = cpu.sample().since(cpuBefore);
        double committed = transactions.sample() - transactionsBefore;
        pool.shutdown();
        return new Load(latency, elapsed, failures.get(), used, committed, backlog / 1e9);
    }

    private static String inputPath(String assessmentId) {
        return "/api/assessments/" + assessmentId + "/inputs";
    }

    // ---- push

    private void push() throws Exception {
        long caughtUp = liveUpdatesCaughtUp();
        report.info("Push", "live-updates processor at the head before the push step (the events of the steps"
                + " before)", String.format(Locale.ROOT, "after %.1f s", caughtUp / 1e9), Map.of("seconds", caughtUp / 1e9));
        OutboundWrites writes = new OutboundWrites(context);
        for (int subscribers : size.subscribers()) {
            progress.detail(subscribers + " subscribers connecting");
            String assessmentId = open("LEERPLICHT");
            writes.watch(assessmentId);
            Figures latency = new Figures();
            Figures server = new Figures();
            Figures afterAnswer = new Figures();
            int missing = 0;
            int unexpected;
            Map<String, Double> cpu;
            try (PushSubscribers clients = new PushSubscribers(port, assessmentId, subscribers)) {
                Thread.sleep(500 + 5L * subscribers);
                PushThreadsCpu threadsCpu = new PushThreadsCpu();
                long version = 0;
                for (int n = 0; n < size.pushCommands(); n++) {
                    progress.detail(subscribers + " subscribers, command " + (n + 1));
                    long sent = System.nanoTime();
                    Api.Response response = api.post("strateeg.bun", inputPath(assessmentId), body("gemeente", "BUN",
                            "layer", "BELEID", "criterion", CRITERIA.get(n % CRITERIA.size()), "leaning", "LOKAAL",
                            "text", "Live " + n, "expectedVersion", version));
                    long answered = System.nanoTime();
                    version = response.version();
                    clients.awaitArrivals(version, sent, latency, 5_000);
                    writes.addWrites(version, sent, server);
                    writes.addFirstWrite(version, answered, afterAnswer);
                    missing += clients.missing(version);
                    Thread.sleep(50);
                }
                cpu = threadsCpu.perEvent(size.pushCommands());
                unexpected = clients.unexpected();
            }
            String result = latency.summary() + (missing > 0 ? ", " + missing + " not arrived within 5 s" : "")
                    + (unexpected > 0 ? ", " + unexpected + " unexpected frames" : "")
                    + String.format(Locale.ROOT, "; written to the sockets p50=%.1f ms p99=%.1f ms", server.p50(),
                    server.p99())
                    + String.format(Locale.ROOT, "; first written, after the POST's answer p50=%.1f ms p99=%.1f ms",
                    afterAnswer.p50(), afterAnswer.p99())
                    + "; " + PushThreadsCpu.describe(cpu)
                    + String.format(Locale.ROOT, "; JSON body %.0f bytes per frame", writes.meanPayloadBytes());
            boolean goal = subscribers == 200;
            report.add(new BenchmarkReport.Row("Push", "POST sent until the STOMP event arrives, " + subscribers
                    + (subscribers == 1 ? " subscriber" : " subscribers") + " of one assessment", result, "",
                    goal ? "p99 under 50 ms at 200 subscribers" : "",
                    goal ? Verdict.of(latency.p99() < 50 && missing == 0 && unexpected == 0) : Verdict.INFO,
                    Map.ofEntries(Map.entry("p50", latency.p50()), Map.entry("p99", latency.p99()),
                            Map.entry("missing", (double) missing),
                            Map.entry("unexpected", (double) unexpected), Map.entry("serverP50", server.p50()),
                            Map.entry("serverP99", server.p99()), Map.entry("afterAnswerP50", afterAnswer.p50()),
                            Map.entry("afterAnswerP99", afterAnswer.p99()),
                            Map.entry("cpuLiveProcessorMs", cpu.get("live processor")),
                            Map.entry("cpuOutboundMs", cpu.get("outbound channel")),
                            Map.entry("cpuClientMs", cpu.get("subscribers' client")),
                            Map.entry("payloadBytes", writes.meanPayloadBytes()))));
        }
    }

    /**
     * Waits (at most five minutes) until the live-updates processor has handled every stored event, so that the push
     * figures measure a push and not the backlog of the commands step; answers the nanoseconds it took.
     */
    private long liveUpdatesCaughtUp() throws InterruptedException {
        return processorsAtHead().await(name -> name.startsWith("live-updates@"),
                () -> progress.detail("waiting for the live updates to reach the head"));
    }

    private ProcessorsAtHead processorsAtHead() {
        return new ProcessorsAtHead(context.getBean(EventProcessingConfiguration.class), context.getBean(EventStore.class));
    }

    // ---- as-of

    private void asOfAgainstLive(StoreGenerator.Generated store) {
        String id = store.largestAssessment();
        // a command loads the aggregate as users would, which lets the snapshotter take its snapshot
        api.post("strateeg.bun", inputPath(id), body("gemeente", "BUN", "layer", "BELEID", "criterion", "C1",
                "leaning", "LOKAAL", "text", "Na het vullen", "expectedVersion", store.largestEvents() - 1));
        String path = "/api/assessments/" + id;
        api.get("auditor", path + "?minVersion=" + store.largestEvents());
        Figures asOf = new Figures();
        Figures live = new Figures();
        String now = Instant.now().toString();
        for (int i = 0; i < size.readRepeats(); i++) {
            progress.detail("read " + (i + 1) + " of " + size.readRepeats());
            asOf.add(timed(() -> api.get("auditor", path + "?asOf=" + now)));
            live.add(timed(() -> api.get("auditor", path)));
        }
        double ratio = asOf.p50() / live.p50();
        report.info("As-of", "live document (projection), " + String.format(Locale.ROOT, "%,d", store.largestEvents())
                + " events", live.summary(), Map.of("p50", live.p50(), "p99", live.p99()));
        report.add(new BenchmarkReport.Row("As-of", "GET ?asOf=now of an assessment of "
                + String.format(Locale.ROOT, "%,d", store.largestEvents()) + " events", asOf.summary(),
                String.format(Locale.ROOT, "%.1f × the live document (p50)", ratio),
                "under 100 ms (p50) at 10,000 events", Verdict.of(asOf.p50() < 100),
                Map.of("p50", asOf.p50(), "p99", asOf.p99(), "ratio", ratio, "events", (double) store.largestEvents())));
    }

    // ---- the report over the whole period

    private void wholePeriodReport() {
        int repeats = Math.max(3, size.readRepeats() / 4);
        Timed evaluation = timed("evaluation", "/api/evaluation?from=2000-01-01T00:00:00Z", repeats);
        report.info("Report", "GET /api/evaluation over the whole period (JSON, " + evaluation.kilobytes() + " kB)",
                evaluation.figures().summary(), Map.of("p50", evaluation.figures().p50(), "p99", evaluation.figures().p99()));
        progress.detail("evaluation report: one answer before measuring (class loading, JIT)");
        api.get("auditor", "/api/evaluation/report?from=2000-01-01T00:00:00Z&detail=all");
        Timed report2028 = timed("evaluation report", "/api/evaluation/report?from=2000-01-01T00:00:00Z", repeats);
        report.add(new BenchmarkReport.Row("Report", "GET /api/evaluation/report over the whole period, issue 15"
                + " (JSON, " + report2028.kilobytes() + " kB)", report2028.figures().summary(), "",
                "under 1 s (p50) on the 1M-event store", Verdict.of(report2028.figures().p50() < 1000),
                Map.of("p50", report2028.figures().p50(), "p99", report2028.figures().p99())));
        Timed everyItem = timed("evaluation report with every item",
                "/api/evaluation/report?from=2000-01-01T00:00:00Z&detail=all", repeats);
        report.info("Report", "GET /api/evaluation/report?detail=all, every item of every list (JSON, "
                + everyItem.kilobytes() + " kB)", everyItem.figures().summary(),
                Map.of("p50", everyItem.figures().p50(), "p99", everyItem.figures().p99()));
    }

    /** The times of {@code repeats} GETs of one path, and the size of the last answer. */
    private record Timed(Figures figures, long kilobytes) {
    }

    private Timed timed(String what, String path, int repeats) {
        Figures figures = new Figures();
        long bytes = 0;
        for (int i = 0; i < repeats; i++) {
            progress.detail(what + " " + (i + 1) + " of " + repeats);
            long begin = System.nanoTime();
            Api.Response answer = api.get("auditor", path);
            figures.add(System.nanoTime() - begin);
            bytes = answer.body().length();
        }
        return new Timed(figures, bytes / 1024);
    }

    // ---- helpers

    private String open(String theme) {
        Api.Response opened = api.post("programmateam", "/api/assessments", body("themeCode", theme));
        if (opened.status() != 201) {
            throw new IllegalStateException("open failed: " + opened);
        }
        return opened.json().get("assessmentId").asText();
    }

    private static long timed(Runnable action) {
        long begin = System.nanoTime();
        action.run();
        return System.nanoTime() - begin;
    }

    private static Map<String, Double> with(Map<String, Double> figures, String key, double value) {
        Map<String, Double> more = new LinkedHashMap<>(figures);
        more.put(key, value);
        return more;
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    /** Requests answered within the time, and those not answered 200 (counted in the latency, not retried). */
    /**
     * {@code cpu} and {@code transactions}: what the JVM and PostgreSQL used and how many transactions were committed
     * while the load ran (the tracking processors' lag at its end not included).
     */
    private record Load(Figures latency, long elapsedNanos, int failures, CpuTime.Sample cpu, double transactions,
                        double backlogSeconds) {

        double throughput() {
            return latency.count() / (elapsedNanos / 1e9);
        }

        Map<String, Double> figures() {
            return Map.of("perSecond", throughput(), "p50", latency.p50(), "p99", latency.p99(),
                    "count", (double) latency.count(), "cpuJvmMsPerRequest", cpuMillisPerRequest(cpu.jvm()),
                    "cpuPostgresMsPerRequest", cpuMillisPerRequest(cpu.postgres()),
                    "transactionsPerRequest", transactions / Math.max(1, latency.count()),
                    "backlogSeconds", backlogSeconds);
        }

        private double cpuMillisPerRequest(double seconds) {
            return seconds * 1000 / Math.max(1, latency.count());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f/s, p50 %.1f ms, p99 %.1f ms (n=%d%s); per request: CPU %.2f ms JVM"
                            + " + %.2f ms PostgreSQL, %.1f transactions; started %.1f s after the load before, when"
                            + " every processor had handled its events", throughput(), latency.p50(), latency.p99(),
                    latency.count(), failures == 0 ? "" : ", " + failures + " not 200", cpuMillisPerRequest(cpu.jvm()),
                    cpuMillisPerRequest(cpu.postgres()), transactions / Math.max(1, latency.count()), backlogSeconds);
        }
    }
}
