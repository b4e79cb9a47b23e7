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
            long[] stat = stat(backend.getLong(1));
            return new CpuTime(stat == null ? -1 : field(stat, 4));
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

    /**
     * The server process's own CPU, that of its exited children (it reaps them: a backend whose connection closed, an
     * autovacuum worker) and that of its living children. Without the exited ones the sum could go down in a step.
     */
    private double postgresSeconds() {
        if (postmaster < 0) {
            return Double.NaN;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(path -> {
                        long[] stat = stat(Long.parseLong(path.getFileName().toString()));
                        if (stat == null) {
                            return 0;
                        }
                        long pid = Long.parseLong(path.getFileName().toString());
                        long own = field(stat, 14) + field(stat, 15);
                        return pid == postmaster ? own + field(stat, 16) + field(stat, 17)
                                : field(stat, 4) == postmaster ? own : 0;
                    }).sum() / TICKS_PER_SECOND;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Field {@code index} (1-based: 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime) of a /proc/PID/stat. */
    private static long field(long[] stat, int index) {
        return stat[index - 3];
    }

    private static final int LAST_FIELD = 17;

    /** Fields 4 to 17 of /proc/PID/stat, read at once (index: field - 3); null when the process is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long[] numbers = new long[LAST_FIELD - 2]; // later fields hold unsigned values beyond a long
            for (int i = 1; i < numbers.length; i++) {
                numbers[i] = Long.parseLong(fields[i]);
            }
            return numbers;
        } catch (Exception e) {
            return null;
        }
    }
}
