package nl.regiokompas.platform.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the data directory after the JVM that started it was killed. The
 * embedded server is not a child of the JVM, so it outlives it, and holds the data directory's lock file
 * ({@code postmaster.pid}): a new server on the same directory would refuse to start. Stopping it is only
 * done when the process named in the lock file really is a PostgreSQL server of this data directory.
 */
public final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(60);
    /** PostgreSQL's lock file: the pid of the server that runs on the directory, or ran until it crashed. */
    private static final String SERVER_LOCK = "postmaster.pid";
    /** The file zonky's EmbeddedPostgres keeps locked while its server runs for a live JVM. */
    private static final String APPLICATION_LOCK = "epg-lock";

    private LeftoverServer() {
    }

    /**
     * Stops the server that runs on {@code dataDirectory}, if any, with a fast shutdown, and waits until it is gone.
     * A server whose application still runs (it holds zonky's lock file, {@value #APPLICATION_LOCK}) is not a
     * leftover: then this refuses to start a second application on the directory instead.
     */
    public static void stopIfRunning(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve(SERVER_LOCK))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(APPLICATION_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            Optional<ProcessHandle> server = runningOn(dataDirectory);
            if (server.isPresent()) {
                stop(server.get(), dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The data directory " + dataDirectory
                + " is in use by another running Regiokompas; stop that one or choose another REGIOKOMPAS_DATA_DIR");
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        long pid = server.pid();
        log.warn("A PostgreSQL server (pid {}) from an earlier start still runs on {}; stopping it", pid, dataDirectory);
        requestFastShutdown(server);
        try {
            server.onExit().get(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") on " + dataDirectory
                    + " did not stop within " + SHUTDOWN_PATIENCE + "; stop it and start again", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        log.info("The earlier PostgreSQL server (pid {}) has stopped", pid);
    }

    /** The live process named by the data directory's lock file, if it is a PostgreSQL server of that directory. */
    private static Optional<ProcessHandle> runningOn(Path dataDirectory) throws IOException {
        List<String> lockFile;
        try {
            lockFile = Files.readAllLines(dataDirectory.resolve(SERVER_LOCK));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lockFile.isEmpty() || !lockFile.get(0).trim().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lockFile.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isPresent() && !servesDirectory(process.get(), dataDirectory)) {
            // PostgreSQL itself refuses to start while the pid is alive; removing the lock file could start a
            // second server on the same directory, so this is left to the operator.
            log.warn("The lock file of {} names pid {}, which is not a PostgreSQL server of this directory", dataDirectory, pid);
            return Optional.empty();
        }
        return process;
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameDirectory(Path.of(arguments[i + 1]), dataDirectory)) {
                return postgres;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SIGINT is PostgreSQL's fast shutdown: it ends the sessions, writes a checkpoint and exits. Java itself can
     * only send SIGTERM, PostgreSQL's smart shutdown, which would wait for every session to end.
     */
    private static void requestFastShutdown(ProcessHandle server) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command to send SIGINT", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy();
    }
}
