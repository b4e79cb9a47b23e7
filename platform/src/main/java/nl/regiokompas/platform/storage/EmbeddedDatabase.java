package nl.regiokompas.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded PostgreSQL server, or none when an external database is configured. */
public final class EmbeddedDatabase implements AutoCloseable {

    /**
     * A commit the application was told about is on disk and survives a crash of the process or the machine.
     * Zonky starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off} for tests; these
     * {@code -c} options come after them on the command line and win.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** The server of a real run: its data directory outlives it, and every commit is durable. */
    static EmbeddedDatabase inDirectory(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        LeftoverServer.stopIfRunning(dataDirectory);
        return start(dataDirectory, false, DURABLE);
    }

    /**
     * A server for tests in a temporary directory removed at shutdown. Nothing in it has to outlive the JVM,
     * so it keeps zonky's settings for speed: no fsync, asynchronous commit.
     */
    static EmbeddedDatabase ephemeral() throws IOException {
        return start(Files.createTempDirectory("regiokompas-pg"), true, Map.of());
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, null);
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral, Map<String, String> settings)
            throws IOException {
        ServerCredentials credentials = ServerCredentials.of(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(ephemeral)
                // Spring closes this server after every bean that uses it; zonky's own JVM shutdown hook
                // would stop it at the same moment as Spring's, under projections still writing their tokens.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        settings.forEach(builder::setServerConfig);
        credentials.applyTo(builder);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            credentials.discardInitdbPasswordFile();
        }
        try {
            credentials.requirePassword(postgres);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDirectory, e);
        }
        return new EmbeddedDatabase(postgres, credentials.password());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The superuser's password; every connection to the embedded server needs it. */
    public String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
