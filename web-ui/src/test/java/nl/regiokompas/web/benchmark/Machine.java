package nl.regiokompas.web.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores (%s), %s %s, Java %s, heap max %d MB, load average %s",
                runtime.availableProcessors(), cpu(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024), loadAverage());
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("cpu unknown");
        } catch (Exception e) {
            return "cpu unknown";
        }
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }
}
