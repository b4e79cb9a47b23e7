package nl.regiokompas.web.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How much the benchmark does: {@code --quick} (under 3 minutes on 2 cores) or the full size (a store of
 * 1,000,000 events, under 15 minutes). System properties override single figures, e.g. {@code -Dbenchmark.events=200000}.
 */
record BenchmarkSize(String name, int storeEvents, int largestAssessment, Duration load, Duration warmUp,
                     Duration warmUpLimit, List<Integer> commandEditors, List<Integer> plainEditors, int p99GoalEditors,
                     List<Integer> subscribers, int pushCommands, int readRepeats, boolean warmStart,
                     Duration runGoal) {

    static BenchmarkSize of(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick") || "quick".equals(System.getProperty("benchmark.size"));
        BenchmarkSize size = quick
                ? new BenchmarkSize("quick", 50_000, 2_000, Duration.ofSeconds(4), Duration.ofSeconds(1),
                        Duration.ofSeconds(10), List.of(1, 8, 10, 32), List.of(1, 8, 32), 10, List.of(1, 50, 200), 10, 5, false,
                        Duration.ofMinutes(3))
                // 10 s per load and 25 pushes per level leave room in the 15 minutes for the rebuild of 1M events
                : new BenchmarkSize("full", 1_000_000, 10_000, Duration.ofSeconds(10), Duration.ofSeconds(3),
                        Duration.ofSeconds(45), List.of(1, 8, 10, 32), List.of(1, 8, 32), 10, List.of(1, 50, 200), 25, 20, true,
                        Duration.ofMinutes(15));
        return size.overridden();
    }

    private BenchmarkSize overridden() {
        return new BenchmarkSize(name, Integer.getInteger("benchmark.events", storeEvents),
                Integer.getInteger("benchmark.largest", largestAssessment),
                Duration.ofSeconds(Integer.getInteger("benchmark.load-seconds", (int) load.toSeconds())), warmUp,
                warmUpLimit, commandEditors, plainEditors, p99GoalEditors, subscribers, pushCommands, readRepeats, warmStart, runGoal);
    }
}
