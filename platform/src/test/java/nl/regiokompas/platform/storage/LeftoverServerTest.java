package nl.regiokompas.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start stops only a PostgreSQL server left behind on its own data directory: never a process that
 * merely has the pid in a stale lock file, never the server of another directory, never one whose
 * application still runs.
 */
class LeftoverServerTest {

    @TempDir
    Path work;

    @Test
    void a_lock_file_naming_a_process_that_is_no_postgresql_leaves_that_process_alone() throws Exception {
        Path dataDirectory = Files.createDirectories(work.resolve("data"));
        writeLockFile(dataDirectory, ProcessHandle.current().pid());

        LeftoverServer.stopIfRunning(dataDirectory);

        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void a_lock_file_naming_the_server_of_another_data_directory_leaves_that_server_alone() throws Exception {
        Path other = work.resolve("other");
        Path dataDirectory = Files.createDirectories(work.resolve("data"));
        try (EmbeddedDatabase running = EmbeddedDatabase.inDirectory(other)) {
            writeLockFile(dataDirectory, Long.parseLong(Files.readAllLines(other.resolve("postmaster.pid")).get(0)));

            LeftoverServer.stopIfRunning(dataDirectory);

            assertThat(answers(running)).isTrue();
        }
    }

    @Test
    void a_second_start_on_a_data_directory_whose_application_still_runs_is_refused_and_leaves_its_server_alone()
            throws Exception {
        Path dataDirectory = work.resolve("data");
        try (EmbeddedDatabase running = EmbeddedDatabase.inDirectory(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedDatabase.inDirectory(dataDirectory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");

            assertThat(answers(running)).isTrue();
        }
    }

    private static void writeLockFile(Path dataDirectory, long pid) throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n");
    }

    private static boolean answers(EmbeddedDatabase database) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("password", database.password());
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties)) {
            return connection.isValid(5);
        }
    }
}
