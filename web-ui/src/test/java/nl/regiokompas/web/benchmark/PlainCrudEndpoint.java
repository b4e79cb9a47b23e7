package nl.regiokompas.web.benchmark;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The baseline for commands: what a CRUD tool would do with the same request. A plain Spring MVC endpoint,
 * behind the same security, that updates one row per assessment with an optimistic version check in one JDBC
 * statement: no aggregate, no event, no projection. Benchmark-only: it lives in test sources and is registered
 * by {@link #register()} only in the benchmark's application context (no annotation, so tests never scan it).
 */
final class PlainCrudEndpoint {

    static final String PATH = "/api/benchmark/plain/{id}/inputs";
    private static final String TABLE = "benchmark_plain_assessment";

    private final JdbcTemplate jdbc;

    private PlainCrudEndpoint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static ApplicationContextInitializer<GenericApplicationContext> register() {
        return context -> context.registerBean("benchmarkPlainCrudEndpoint", RouterFunction.class,
                () -> new PlainCrudEndpoint(context.getBean(JdbcTemplate.class)).routes());
    }

    static String path(String id) {
        return PATH.replace("{id}", id);
    }

    /** A new row with version 0, as opening an assessment gives version 0. */
    static String createRow(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                + " (id text PRIMARY KEY, version bigint NOT NULL, cells jsonb NOT NULL)");
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO " + TABLE + " (id, version, cells) VALUES (?, 0, '{}'::jsonb)", id);
        return id;
    }

    private RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().POST(PATH, this::recordInput).build();
    }

    private ServerResponse recordInput(ServerRequest request) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> input = request.body(Map.class);
        long expected = ((Number) input.get("expectedVersion")).longValue();
        String cell = input.get("gemeente") + "/" + input.get("layer") + "/" + input.get("criterion");
        int updated = jdbc.update("UPDATE " + TABLE + " SET version = version + 1,"
                        + " cells = jsonb_set(cells, ARRAY[?::text], to_jsonb(?::text)) WHERE id = ? AND version = ?",
                cell, String.valueOf(input.get("text")), request.pathVariable("id"), expected);
        if (updated == 0) {
            return ServerResponse.status(HttpStatus.CONFLICT).body(Map.of("detail", "Gewijzigd door een ander."));
        }
        return ServerResponse.ok().body(Map.of("version", expected + 1));
    }
}
