package nl.regiokompas.web.benchmark;

import static nl.regiokompas.web.Api.body;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.web.Api;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Measurements of the read path (rebuild against a raw read, as-of from snapshots, push to many subscribers), as
 * building blocks that the benchmark report can call, and {@link #main} to run them alone on a store of a chosen
 * size. Nothing here asserts a timing.
 */
public final class ReadPathMeasurements {

    private static final String[] GEMEENTEN = {"BUN", "HOU", "UHR", "WBD", "ZST"};
    private static final String[] LAYERS = {"BELEID", "BEDRIJFSVOERING", "UITVOERING"};
    private static final String[] CRITERIA = {"C1", "C2", "C3", "C4", "C5", "C6"};
    private static final String[] LEANINGS = {"LOKAAL", "REGIONAAL", "BOVENREGIONAAL"};
    private static final int APPEND_BATCH = 2_000;

    private ReadPathMeasurements() {
    }

    /**
     * Opens an assessment through the command path and appends {@code events} more events to its stream in bulk,
     * straight through the storage engine, shaped as the commands shape them (inputs of every gemeente, now and
     * then a proposal and confirmations, each with the actor's metadata), one millisecond apart after the opening.
     * The aggregate is not loaded again afterwards: these assessments are for reading only.
     */
    public static String bulkAssessment(ApplicationContext context, Api api, String themeCode, int events) {
        Api.Response opened = api.post("programmateam", "/api/assessments", body("themeCode", themeCode));
        if (opened.status() != 201) {
            throw new IllegalStateException("open failed: " + opened);
        }
        String id = opened.json().get("assessmentId").asText();
        Instant start = Instant.now();
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        int revision = 0;
        for (long sequence = 1; sequence <= events; sequence++) {
            String gemeente = GEMEENTEN[(int) (sequence % GEMEENTEN.length)];
            Object payload;
            String user = "strateeg." + gemeente.toLowerCase(Locale.ROOT);
            if (sequence % 50 == 0) {
                payload = new ThemeScaleProposed(id, 1, ++revision, Map.of("BELEID", "REGIONAAL",
                        "BEDRIJFSVOERING", "REGIONAAL", "UITVOERING", "LOKAAL"), "Voorstel " + revision);
            } else if (sequence % 50 > 45 && revision > 0) {
                payload = new ConfirmedByBestuurder(id, 1, gemeente, revision, null);
                user = "bestuurder." + gemeente.toLowerCase(Locale.ROOT);
            } else {
                payload = new CriterionInputRecorded(id, 1, gemeente, LAYERS[(int) (sequence % 3)],
                        CRITERIA[(int) (sequence / 3 % 6)], LEANINGS[(int) (sequence / 7 % 3)], "Inbreng " + sequence);
            }
            MetaData metaData = MetaData.with(AuditMetaData.USER_ID, user).and(AuditMetaData.USER_NAME, user)
                    .and(AuditMetaData.GEMEENTE, gemeente);
            batch.add(new GenericDomainEventMessage<>("Assessment", id, sequence,
                    new GenericMessage<>(UUID.randomUUID().toString(), payload, metaData), start.plusMillis(sequence)));
            if (batch.size() == APPEND_BATCH || sequence == events) {
                List<DomainEventMessage<?>> append = List.copyOf(batch);
                transactions.executeWithoutResult(status -> engine.appendEvents(append));
                batch.clear();
            }
        }
        return id;
    }

    /** Events in the store and the seconds a raw ordered JDBC read of every event row takes. */
    public static double[] rawRead(DataSource dataSource) throws Exception {
        long events = 0;
        long begin = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery("SELECT global_index, aggregate_identifier, sequence_number, "
                    + "time_stamp, payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                while (rows.next()) {
                    rows.getString(2);
                    rows.getString(4);
                    rows.getBytes(6);
                    rows.getBytes(7);
                    events++;
                }
            }
            connection.commit();
        }
        return new double[]{events, (System.nanoTime() - begin) / 1e9};
    }

    /**
     * Seconds for a rebuild of every projection (or of {@code name}) until swapped in; polls the status rather than
     * waiting in one request, so that a long rebuild does not depend on a request's time limit.
     */
    public static double rebuild(Api api, String name) throws InterruptedException {
        long begin = System.nanoTime();
        Api.Response started = api.post("programmateam", "/api/admin/projections/rebuild"
                + (name == null ? "" : "?name=" + name), body());
        if (started.status() / 100 != 2) {
            throw new IllegalStateException("rebuild refused: " + started);
        }
        while (true) {
            String state = api.get("programmateam", "/api/admin/projections/rebuild").json().path("state").asText();
            if ("DONE".equals(state) ) {
                return (System.nanoTime() - begin) / 1e9;
            }
            if (!"RUNNING".equals(state)) {
                throw new IllegalStateException("rebuild ended " + state);
            }
            Thread.sleep(20);
        }
    }

    /** Latency of {@code GET ?asOf=} at {@code count} instants spread over the assessment's history. */
    public static Figures asOf(Api api, String assessmentId, Instant from, Instant to, int count) {
        Figures figures = new Figures();
        long span = to.toEpochMilli() - from.toEpochMilli();
        for (int i = 0; i < count; i++) {
            Instant at = from.plusMillis(span * ((i * 7L) % count) / Math.max(1, count - 1));
            long begin = System.nanoTime();
            Api.Response response = api.get("auditor", "/api/assessments/" + assessmentId + "?asOf=" + at);
            figures.add(System.nanoTime() - begin);
            if (response.status() != 200) {
                throw new IllegalStateException("as-of failed: " + response);
            }
        }
        return figures;
    }

    /**
     * Connects {@code subscribers} STOMP sessions to {@code /topic/assessments/{id}} of a new assessment, sends
     * {@code commands} inputs one after the other (each after the previous reached every subscriber), and
     * measures from sending a command until its event arrives, per subscriber. Also checks that every subscriber
     * received every event, in order.
     */
    public static Figures push(int port, Api api, int subscribers, int commands) throws Exception {
        Api.Response opened = api.post("programmateam", "/api/assessments", body("themeCode", "LEERPLICHT"));
        String id = opened.json().get("assessmentId").asText();
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new ByteArrayMessageConverter() {
            @Override
            protected boolean supportsMimeType(org.springframework.messaging.MessageHeaders headers) {
                return true;
            }
        });
        client.setInboundMessageSizeLimit(4 * 1024 * 1024);
        List<StompSession> sessions = new ArrayList<>();
        ConcurrentHashMap<Long, CountDownLatch> arrivals = new ConcurrentHashMap<>();
        ConcurrentHashMap<Long, long[]> arrivalTimes = new ConcurrentHashMap<>();
        CountDownLatch everyoneReceives = new CountDownLatch(subscribers);
        long[] lastSeen = new long[subscribers];
        int[] outOfOrder = {0};
        Figures figures = new Figures();
        try {
            for (int s = 0; s < subscribers; s++) {
                int subscriber = s;
                WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
                handshake.add("Authorization", Api.basic("raadslid.bun"));
                StompSession session = client.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake,
                        new StompHeaders(), new StompSessionHandlerAdapter() {
                        }).get(60, TimeUnit.SECONDS);
                sessions.add(session);
                session.subscribe("/topic/assessments/" + id, new StompFrameHandler() {
                    @Override
                    public Type getPayloadType(StompHeaders headers) {
                        return byte[].class;
                    }

                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        long now = System.nanoTime();
                        long sequence = FrameSequence.of((byte[]) payload);
                        synchronized (lastSeen) {
                            if (lastSeen[subscriber] == 0) {
                                everyoneReceives.countDown();
                            } else if (sequence <= lastSeen[subscriber]) {
                                outOfOrder[0]++;
                            }
                            lastSeen[subscriber] = Math.max(lastSeen[subscriber], sequence);
                        }
                        long[] times = arrivalTimes.get(sequence);
                        if (times != null) {
                            times[subscriber] = now;
                            arrivals.get(sequence).countDown();
                        }
                    }
                });
            }
            long version = 0;
            // the broker registers a subscription a moment after SUBSCRIBE: write until every subscriber got one
            while (!everyoneReceives.await(1, TimeUnit.SECONDS)) {
                version = input(api, id, version, 0).version();
            }
            for (int n = 1; n <= commands; n++) {
                arrivals.put(version + 1, new CountDownLatch(subscribers));
                arrivalTimes.put(version + 1, new long[subscribers]);
                long begin = System.nanoTime();
                Api.Response response = input(api, id, version, n);
                if (response.version() != version + 1 || !arrivals.get(version + 1).await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("event " + (version + 1) + " did not reach "
                            + arrivals.get(version + 1).getCount() + " of " + subscribers + " subscribers: " + response);
                }
                version = response.version();
                for (long arrived : arrivalTimes.get(version)) {
                    figures.add(arrived - begin);
                }
            }
            if (outOfOrder[0] > 0) {
                throw new IllegalStateException(outOfOrder[0] + " events arrived out of order");
            }
        } finally {
            sessions.forEach(session -> {
                try {
                    session.disconnect();
                } catch (RuntimeException ignored) {
                    // closing anyway
                }
            });
            client.stop();
        }
        return figures;
    }

    private static Api.Response input(Api api, String id, long version, int n) {
        return api.post("strateeg.bun", "/api/assessments/" + id + "/inputs", body("gemeente", "BUN",
                "layer", LAYERS[n % 3], "criterion", CRITERIA[n % 6], "text", "Live " + n, "expectedVersion", version));
    }

    /**
     * {@code java ... ReadPathMeasurements [assessments] [eventsPerAssessment] [subscribers]}: a store of the
     * given size, then rebuild against raw read, as-of on the largest assessment, and push.
     */
    public static void main(String[] args) throws Exception {
        int assessments = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int eventsEach = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int subscribers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String parts = args.length > 3 ? args[3] : "rebuild,asof,push";
        String port = System.getProperty("readpath.port", "18170");
        try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(
                nl.regiokompas.web.RegiokompasApplication.class).run("--server.port=" + port,
                "--regiokompas.embedded.ephemeral=true", "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            Api api = new Api("http://127.0.0.1:" + port);
            long begin = System.nanoTime();
            String largest = null;
            for (int a = 0; a < assessments; a++) {
                largest = bulkAssessment(context, api, "JEUGD", eventsEach);
            }
            System.out.printf(Locale.ROOT, "store: %d assessments x %d events written in %.1f s%n", assessments,
                    eventsEach, (System.nanoTime() - begin) / 1e9);
            rebuild(api, null); // also waits until the live processors caught up
            if (parts.contains("rebuild")) {
                double[] raw = rawRead(context.getBean(DataSource.class));
                double[] raw2 = rawRead(context.getBean(DataSource.class));
                double rawSeconds = Math.min(raw[1], raw2[1]);
                double seconds = rebuild(api, null);
                double board = rebuild(api, "assessment-board");
                System.out.printf(Locale.ROOT, "rebuild: %.0f events; raw read %.2f s (%.0f ev/s); all projections "
                                + "%.2f s (%.0f ev/s, %.3f of raw); assessment-board alone %.2f s (%.0f ev/s)%n",
                        raw[0], rawSeconds, raw[0] / rawSeconds, seconds, raw[0] / seconds,
                        rawSeconds / seconds, board, raw[0] / board);
            }
            if (parts.contains("asof")) {
                Instant from = Instant.parse(api.get("auditor", "/api/assessments/" + largest + "/history")
                        .json().get(0).get("occurredAt").asText());
                Instant to = from.plusMillis(eventsEach + 10);
                asOf(api, largest, from, to, 5);
                Figures asOf = asOf(api, largest, from, to, 40);
                System.out.printf(Locale.ROOT, "as-of on %d events: %s%n", eventsEach + 1, asOf.summary());
            }
            if (parts.contains("push")) {
                push(Integer.parseInt(port), api, subscribers, 10);
                Figures push = push(Integer.parseInt(port), api, subscribers, 50);
                System.out.printf(Locale.ROOT, "push to %d subscribers: %s%n", subscribers, push.summary());
            }
        }
        System.exit(0);
    }
}
