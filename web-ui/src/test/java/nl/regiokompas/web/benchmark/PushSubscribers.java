package nl.regiokompas.web.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import nl.regiokompas.web.RawStompSubscriber;

/**
 * Many STOMP subscribers of one assessment, as browsers of the region would be, each recording when an event
 * arrived (by its sequence), so that the time from sending the command to each arrival can be taken.
 * <p>
 * They are as light as a browser's client is in the server's terms (a browser decodes in its own process, on the
 * user's machine): raw WebSocket text-message handlers ({@link RawStompSubscriber}) that on each frame only check
 * its command and destination and read the event's sequence from the start of its body. Spring's STOMP client,
 * used before, decoded every frame to a String, encoded it back to bytes and parsed it, on the same two cores as the
 * server it measured.
 */
final class PushSubscribers implements AutoCloseable {

    private static final List<String> USERS = List.of("strateeg.bun", "strateeg.hou", "strateeg.uhr", "strateeg.wbd",
            "strateeg.zst", "bestuurder.bun", "bestuurder.hou", "raadslid.zst", "programmateam", "auditor");

    private final List<RawStompSubscriber> sessions = new ArrayList<>();
    private final Map<Long, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger unexpected = new AtomicInteger();

    PushSubscribers(int port, String assessmentId, int subscribers) throws Exception {
        String destination = "/topic/assessments/" + assessmentId;
        String head = "MESSAGE\ndestination:" + destination + "\n";
        for (int n = 0; n < subscribers; n++) {
            // -1: the assessment's opening (sequence 0) may still reach the first subscribers, when the live
            // processor handles it after their SUBSCRIBE
            AtomicLong lastSequence = new AtomicLong(-1);
            sessions.add(RawStompSubscriber.subscribe(port, USERS.get(n % USERS.size()), destination, "sub-" + n,
                    frame -> {
                        long arrived = System.nanoTime();
                        long sequence = frame.startsWith(head) ? FrameSequence.ofFrame(frame) : -1;
                        if (sequence > lastSequence.get()) {
                            lastSequence.set(sequence);
                            arrivals.computeIfAbsent(sequence, key -> new ConcurrentLinkedQueue<>()).add(arrived);
                        } else {
                            unexpected.incrementAndGet();
                        }
                    }));
        }
    }

    /** Waits until every subscriber has the event, or the patience is over; adds each arrival's latency. */
    void awaitArrivals(long sequence, long sentNanos, Figures latency, long patienceMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + patienceMillis;
        while (arrivedAt(sequence).size() < sessions.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(1);
        }
        arrivedAt(sequence).forEach(arrived -> latency.add(arrived - sentNanos));
    }

    int missing(long sequence) {
        return sessions.size() - arrivedAt(sequence).size();
    }

    /**
     * Frames that were not an event of this assessment after the subscriber's previous one: another command, another
     * destination, no sequence, or a sequence received again or out of order. With none, and none missing, every
     * subscriber received every event exactly once.
     */
    int unexpected() {
        return unexpected.get();
    }

    private ConcurrentLinkedQueue<Long> arrivedAt(long sequence) {
        return arrivals.computeIfAbsent(sequence, key -> new ConcurrentLinkedQueue<>());
    }

    @Override
    public void close() {
        sessions.forEach(RawStompSubscriber::close);
    }
}
