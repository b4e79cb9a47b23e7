package nl.regiokompas.web.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.context.ApplicationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.ExecutorSubscribableChannel;

/**
 * The server's side of a push: when the broker's outbound channel has written each frame of an assessment's
 * topic to its session's socket, by the event's sequence. Set beside the subscribers' arrival times, it tells the
 * server's part of the latency (command, live processor, fan-out) from the clients' part (reading and decoding
 * the frames, in the same JVM on the same cores).
 */
final class OutboundWrites {

    private final Map<Long, ConcurrentLinkedQueue<Long>> written = new ConcurrentHashMap<>();
    private volatile String topic = "";
    private final LongAdder frames = new LongAdder();
    private final LongAdder payloadBytes = new LongAdder();

    OutboundWrites(ApplicationContext context) {
        context.getBean("clientOutboundChannel", ExecutorSubscribableChannel.class)
                .addInterceptor(new ExecutorChannelInterceptor() {
                    @Override
                    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                                    Exception ex) {
                        record(message);
                    }
                });
    }

    /** Records the frames of this assessment's topic from now on. */
    void watch(String assessmentId) {
        topic = "/topic/assessments/" + assessmentId;
        written.clear();
        frames.reset();
        payloadBytes.reset();
    }

    /** The mean size of the JSON body of the frames written for the watched topic (before the STOMP headers). */
    double meanPayloadBytes() {
        return payloadBytes.sum() / (double) Math.max(1, frames.sum());
    }

    /** Adds, for every frame of this event written so far, the time from {@code sentNanos} to its write. */
    void addWrites(long sequence, long sentNanos, Figures latency) {
        written.getOrDefault(sequence, new ConcurrentLinkedQueue<>())
                .forEach(at -> latency.add(at - sentNanos));
    }

    /**
     * Adds when the first frame of an event was written, from {@code fromNanos}: from the POST's answer, the time the
     * push took after the command had committed (negative when it was written before the answer arrived).
     */
    void addFirstWrite(long sequence, long fromNanos, Figures latency) {
        written.getOrDefault(sequence, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue).min()
                .ifPresent(first -> latency.add(first - fromNanos));
    }

    private void record(Message<?> message) {
        long at = System.nanoTime();
        if (!topic.equals(SimpMessageHeaderAccessor.getDestination(message.getHeaders()))
                || !(message.getPayload() instanceof byte[] payload)) {
            return;
        }
        long sequence = FrameSequence.of(payload);
        frames.increment();
        payloadBytes.add(payload.length);
        if (sequence >= 0) {
            written.computeIfAbsent(sequence, key -> new ConcurrentLinkedQueue<>()).add(at);
        }
    }
}
