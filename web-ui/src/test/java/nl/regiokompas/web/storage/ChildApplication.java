package nl.regiokompas.web.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.RegiokompasApplication;

/**
 * Regiokompas as a user runs it, in a JVM of its own on a data directory that outlives it: the embedded
 * mode with its real-run configuration (no test profile), so that a test can kill it the way an OOM killer,
 * a container stop or a power cut would. The child runs on the test JVM's own class path.
 */
final class ChildApplication implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Path dataDirectory;
    private final Process jvm;
    private final Path log;
    final Api api;

    private ChildApplication(Path dataDirectory, Process jvm, Path log, int port) {
        this.dataDirectory = dataDirectory;
        this.jvm = jvm;
        this.log = log;
        this.api = new Api("http://localhost:" + port);
    }

    /** Starts the application on {@code dataDirectory} and returns once its API answers. */
    static ChildApplication start(Path dataDirectory, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                RegiokompasApplication.class.getName(), "--server.port=" + port,
                "--regiokompas.data-dir=" + dataDirectory, "--logging.level.root=warn"));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ChildApplication application = new ChildApplication(dataDirectory, jvm, log, port);
        application.awaitApi();
        return application;
    }

    private void awaitApi() throws Exception {
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("The application exited with " + jvm.exitValue() + ":\n" + logTail());
            }
            try {
                if (api.get("auditor", "/api/region").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application did not answer within " + START_PATIENCE + ":\n" + logTail());
    }

    /** The postmaster of the embedded PostgreSQL, as its lock file in the data directory names it. */
    ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
    }

    /** SIGKILL for this JVM only: its embedded PostgreSQL is left running as an orphan. */
    void killJvm() throws Exception {
        jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL for every PostgreSQL process and this JVM at once, as a power cut would stop them. */
    void killJvmAndDatabase() throws Exception {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
        postgres.add(postmaster);
        postgres.forEach(ProcessHandle::destroyForcibly);
        jvm.destroyForcibly();
        for (ProcessHandle process : postgres) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        jvm.waitFor(30, TimeUnit.SECONDS);
    }

    /** Everything the application logged (at WARN and above). */
    String log() throws IOException {
        return Files.readString(log);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A graceful stop, which also stops the embedded PostgreSQL. */
    @Override
    public void close() throws Exception {
        if (jvm.isAlive()) {
            jvm.destroy();
            if (!jvm.waitFor(60, TimeUnit.SECONDS)) {
                jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        Optional<String> current = ProcessHandle.current().info().command();
        return current.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
