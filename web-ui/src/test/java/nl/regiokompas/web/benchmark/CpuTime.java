package nl.regiokompas.web.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * CPU seconds used so far by this JVM and by the embedded PostgreSQL (its server process and every child, read
 * from {@code /proc}; Linux only, else NaN). On a shared machine a step's CPU seconds say what it costs
 * whatever the other processes take; its wall-clock time says what it got.
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmaster;

    private CpuTime(long postmaster) {
        this.postmaster = postmaster;
    }

    static CpuTime of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return new CpuTime(field(backend.getLong(1), 4));
        } catch (Exception e) {
            return new CpuTime(-1);
        }
    }

    /** CPU seconds of this JVM and of PostgreSQL so far. */
    Sample sample() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new Sample(jvm, postgresSeconds());
    }

    record Sample(double jvm, double postgres) {
        Sample since(Sample before) {
            return new Sample(jvm - before.jvm, postgres - before.postgres);
        }

        double total() {
            return jvm + postgres;
        }
    }

    private double postgresSeconds() {
        if (postmaster < 0) {
            return Double.NaN;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(path -> {
                        long pid = Long.parseLong(path.getFileName().toString());
                        return pid == postmaster || field(pid, 4) == postmaster ? field(pid, 14) + field(pid, 15) : 0;
                    }).sum() / TICKS_PER_SECOND;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Field {@code index} (1-based: 4 ppid, 14 utime, 15 stime) of /proc/PID/stat; -1 when the process is gone. */
    private static long field(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[index - 3]);
        } catch (Exception e) {
            return -1;
        }
    }
}
