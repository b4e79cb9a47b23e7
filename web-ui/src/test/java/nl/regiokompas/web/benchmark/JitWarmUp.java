package nl.regiokompas.web.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Warms up until the JIT has compiled the measured paths: rounds of load go on while the JIT still spends more than
 * a twentieth of a round compiling, at most until a limit. A fixed few seconds left C2 compiling through the first
 * measured loads (about 40 % of a core in the 1-editor steps), so those figures measured the compiler as much as the
 * request.
 */
final class JitWarmUp {

    /** One round of warm-up load. */
    interface Round {
        void run(Duration length) throws Exception;
    }

    /** What the warm-up did, for the report. */
    record Done(int rounds, double seconds, double lastRoundCompileShare, boolean settled) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d rounds in %.0f s; the JIT compiled %.0f %% of the last round's time%s",
                    rounds, seconds, lastRoundCompileShare * 100, settled ? "" : " (not settled within the limit)");
        }
    }

    private static final double SETTLED_SHARE = 0.05;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final Duration round;
    private final Duration limit;

    JitWarmUp(Duration round, Duration limit) {
        this.round = round;
        this.limit = limit;
    }

    Done run(Round load) throws Exception {
        long begin = System.nanoTime();
        int rounds = 0;
        double share;
        boolean settled;
        do {
            long compiledBefore = compiledMillis();
            long roundBegin = System.nanoTime();
            load.run(round);
            rounds++;
            double roundMillis = (System.nanoTime() - roundBegin) / 1e6;
            share = compiledBefore < 0 ? 0 : (compiledMillis() - compiledBefore) / roundMillis;
            settled = share <= SETTLED_SHARE;
        } while (!settled && System.nanoTime() - begin < limit.toNanos());
        return new Done(rounds, (System.nanoTime() - begin) / 1e9, share, settled);
    }

    /** The JIT's total compilation time so far, or -1 where the JVM does not tell. */
    private long compiledMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
