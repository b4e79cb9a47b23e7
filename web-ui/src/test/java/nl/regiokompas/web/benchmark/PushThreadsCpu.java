package nl.regiokompas.web.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of the threads a push runs on, by their part: the live processor (describes the event, serializes the
 * document, and runs the simple broker's loop over the subscriptions), the server's outbound channel (encodes each
 * session's STOMP frame and writes it to the socket) and the subscribers' WebSocket client (reads and decodes the
 * frames; in the same JVM only because the benchmark puts them there). On a shared machine the CPU a push takes
 * says what it costs whatever the other processes take; its wall-clock time says what it got.
 */
final class PushThreadsCpu {

    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("EventProcessor[live-updates@", "live processor");
        PARTS.put("clientOutboundChannel", "outbound channel");
        PARTS.put("WebSocketClient", "subscribers' client");
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> before;

    PushThreadsCpu() {
        before = sample();
    }

    /** Milliseconds of CPU per event of each part since this was made. */
    Map<String, Double> perEvent(int events) {
        Map<String, Long> now = sample();
        Map<String, Double> perEvent = new LinkedHashMap<>();
        PARTS.values().forEach(part -> perEvent.put(part,
                (now.getOrDefault(part, 0L) - before.getOrDefault(part, 0L)) / 1e6 / Math.max(1, events)));
        return perEvent;
    }

    static String describe(Map<String, Double> perEvent) {
        return perEvent.entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %.2f ms", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", ", "CPU per event: ", ""));
    }

    private Map<String, Long> sample() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String part = partOf(info.getThreadName());
            long nanos = part == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                cpu.merge(part, nanos, Long::sum);
            }
        }
        return cpu;
    }

    private static String partOf(String threadName) {
        return PARTS.entrySet().stream().filter(entry -> threadName.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
