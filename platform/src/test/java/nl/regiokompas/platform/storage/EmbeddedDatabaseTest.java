package nl.regiokompas.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server of a real run: durable commits, and no connection without the password. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    /**
     * What a fresh start on an empty directory gives, looked at without changing anything: one server started
     * for these checks together (each used to start its own server on an empty directory of its own, the same
     * start every time).
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AFreshStart {

        private Path freshDirectory;
        private EmbeddedDatabase database;

        @BeforeAll
        void startOnAnEmptyDirectory(@TempDir Path directory) throws Exception {
            freshDirectory = directory;
            database = EmbeddedDatabase.inDirectory(freshDirectory);
        }

        @AfterAll
        void stop() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        @Test
        void the_server_of_a_real_run_has_every_commit_on_disk_before_acknowledging_it() throws Exception {
            try (Connection connection = connect(database, database.password())) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
            }
        }

        @Test
        void a_connection_without_the_password_is_refused() {
            assertThatThrownBy(() -> connect(database, null).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(database, "postgres").close()).isInstanceOf(SQLException.class);
        }

        @Test
        void every_rule_of_the_server_local_socket_included_asks_for_the_password() throws Exception {
            try (Connection connection = connect(database, database.password())) {
                assertThat(authenticationMethods(connection)).isNotEmpty().containsOnly("scram-sha-256");
            }
        }

        @Test
        void the_password_is_kept_in_the_data_directory_readable_by_its_owner_only() throws Exception {
            Path file = freshDirectory.resolve(ServerCredentials.PASSWORD_FILE);

            assertThat(Files.readString(file).strip()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_data_directory_from_before_passwords_gets_one_at_its_next_start_and_keeps_its_data() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
             Connection connection = trusting.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (text varchar(20)); INSERT INTO kept VALUES ('van voor de migratie')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.inDirectory(dataDirectory)) {
            assertThatThrownBy(() -> connect(database, null).close()).isInstanceOf(SQLException.class);
            try (Connection connection = connect(database, database.password());
                 ResultSet kept = connection.createStatement().executeQuery("SELECT text FROM kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("van voor de migratie");
                assertThat(authenticationMethods(connection)).containsOnly("scram-sha-256");
            }
        }
    }

    @Test
    void the_password_stays_the_same_across_restarts() throws Exception {
        String first;
        try (EmbeddedDatabase database = EmbeddedDatabase.inDirectory(dataDirectory)) {
            first = database.password();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.inDirectory(dataDirectory);
             Connection connection = connect(database, first)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void a_lost_password_file_stops_the_start_with_a_way_out_and_trust_for_one_start_sets_a_new_password()
            throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.inDirectory(dataDirectory)) {
            assertThat(database.password()).isNotEmpty();
        }
        Files.delete(dataDirectory.resolve(ServerCredentials.PASSWORD_FILE));

        assertThatThrownBy(() -> EmbeddedDatabase.inDirectory(dataDirectory))
                .hasMessageContaining(ServerCredentials.PASSWORD_FILE).hasMessageContaining("trust");

        Path hba = dataDirectory.resolve("pg_hba.conf");
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        try (EmbeddedDatabase database = EmbeddedDatabase.inDirectory(dataDirectory);
             Connection connection = connect(database, database.password())) {
            assertThat(Files.readString(dataDirectory.resolve(ServerCredentials.PASSWORD_FILE)).strip())
                    .isEqualTo(database.password());
            assertThat(authenticationMethods(connection)).containsOnly("scram-sha-256");
        }
    }

    private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> authenticationMethods(Connection connection) throws SQLException {
        List<String> methods = new ArrayList<>();
        try (ResultSet rules = connection.createStatement().executeQuery("SELECT auth_method FROM pg_hba_file_rules")) {
            while (rules.next()) {
                methods.add(rules.getString(1));
            }
        }
        return methods;
    }
}
