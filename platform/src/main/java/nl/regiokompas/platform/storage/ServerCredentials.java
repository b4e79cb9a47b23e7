package nl.regiokompas.platform.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's superuser and the scram-sha-256 authentication that asks for it on
 * every connection, local socket and TCP alike. The password is generated at the first start and kept in
 * {@value #PASSWORD_FILE} in the data directory, readable and writable by its owner only.
 * <p>
 * A new data directory is created with scram-sha-256 from the start. A data directory from before this
 * (trust authentication, no password file) is migrated at its next start: the password file is written
 * first, the server starts as before, the password is set, {@code pg_hba.conf} is rewritten and reloaded.
 * Every step can be repeated, so a crash in between is finished by the start after it.
 */
final class ServerCredentials {

    static final String PASSWORD_FILE = "postgres.password";
    private static final String SUPERUSER = "postgres";
    private static final String SCRAM = "scram-sha-256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(ServerCredentials.class);

    private static final String SCRAM_ONLY_HBA = """
            # Written by Regiokompas: every connection to the embedded server needs the password in %s.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """.formatted(PASSWORD_FILE);

    private final Path dataDirectory;
    private final String password;
    /** The password for initdb, outside the data directory because initdb wants an empty one; null if initialized. */
    private final Path initdbPasswordFile;

    private ServerCredentials(Path dataDirectory, String password, Path initdbPasswordFile) {
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.initdbPasswordFile = initdbPasswordFile;
    }

    /** Reads the password of {@code dataDirectory}, or generates one if it has none yet. */
    static ServerCredentials of(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            if (restrictToOwner(file)) {
                log.warn("{} was readable by others; it is now readable by its owner only", file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; restore it from a backup of the data directory");
            }
            return new ServerCredentials(dataDirectory, password, null);
        }
        String password = generatePassword();
        if (isInitialized(dataDirectory)) {
            if (!trustsSomeConnection(dataDirectory.resolve("pg_hba.conf"))) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " asks for a password, but "
                        + PASSWORD_FILE + " is missing. Restore it from a backup of the data directory, or write 'trust'"
                        + " for the METHOD of every rule in pg_hba.conf: the next start then sets a new password.");
            }
            log.warn("The embedded PostgreSQL in {} has no password yet; it gets one in {}", dataDirectory, PASSWORD_FILE);
            writeOwnerOnly(file, password);
            return new ServerCredentials(dataDirectory, password, null);
        }
        Path initdbPasswordFile = Files.createTempFile("regiokompas-initdb", ".password");
        restrictToOwner(initdbPasswordFile);
        Files.writeString(initdbPasswordFile, password + "\n", StandardCharsets.UTF_8);
        return new ServerCredentials(dataDirectory, password, initdbPasswordFile);
    }

    String password() {
        return password;
    }

    /**
     * Connects zonky's start-up check with the password and, for a new data directory, has initdb set the password
     * and write a scram-only {@code pg_hba.conf}. Zonky always passes {@code -A trust} to initdb; the options given
     * here as "locale" options follow it on the command line, and initdb takes the last one.
     */
    void applyTo(EmbeddedPostgres.Builder builder) {
        builder.setConnectConfig("password", password);
        if (initdbPasswordFile != null) {
            builder.setLocaleConfig("auth", SCRAM)
                    .setLocaleConfig("pwfile", initdbPasswordFile.toString())
                    .setDataDirectoryCustomizer(directory -> keepPasswordInDataDirectory());
        }
    }

    private void keepPasswordInDataDirectory() {
        try {
            writeOwnerOnly(dataDirectory.resolve(PASSWORD_FILE), password);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + PASSWORD_FILE + " in " + dataDirectory, e);
        }
    }

    /** Removes the temporary password file for initdb, once the server has started or failed to. */
    void discardInitdbPasswordFile() throws IOException {
        if (initdbPasswordFile != null) {
            Files.deleteIfExists(initdbPasswordFile);
        }
    }

    /** Migrates a server that still trusts local connections: sets the password, then asks for it. */
    void requirePassword(EmbeddedPostgres postgres) throws IOException, SQLException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!trustsSomeConnection(hba)) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} trusted every local connection; from now on it asks for the password in {}",
                dataDirectory, PASSWORD_FILE);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // hashed on this side: the password itself never reaches the server or its log
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), SCRAM);
            writeOwnerOnly(hba, SCRAM_ONLY_HBA);
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    private static boolean trustsSomeConnection(Path hba) throws IOException {
        return Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(rule -> !rule.isEmpty())
                .anyMatch(rule -> Arrays.asList(rule.split("\\s+")).contains("trust"));
    }

    /** The same test as zonky's for whether initdb must run. */
    private static boolean isInitialized(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve("postgresql.conf"));
    }

    private static String generatePassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Replaces {@code target} at once with {@code content}, owner-only and on disk before it counts. */
    private static void writeOwnerOnly(Path target, String content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            restrictToOwner(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(content));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("Could not sync directory {} (not supported on every platform)", directory, e);
        }
    }

    /** Returns whether the permissions had to change. */
    private static boolean restrictToOwner(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                || Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            return false;
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return true;
    }
}
