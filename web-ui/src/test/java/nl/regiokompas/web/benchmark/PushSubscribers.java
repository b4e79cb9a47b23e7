package nl.regiokompas.web.benchmark;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import nl.regiokompas.web.Api;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Many STOMP subscribers of one assessment, as browsers of the region would be, each recording when an event
 * arrived (by its sequence), so that the time from sending the command to each arrival can be taken.
 */
final class PushSubscribers implements AutoCloseable {

    private static final List<String> USERS = List.of("strateeg.bun", "strateeg.hou", "strateeg.uhr", "strateeg.wbd",
            "strateeg.zst", "bestuurder.bun", "bestuurder.hou", "raadslid.zst", "programmateam", "auditor");

    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    private final List<StompSession> sessions = new ArrayList<>();
    private final Map<Long, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();

    PushSubscribers(int port, String assessmentId, int subscribers) throws Exception {
        client.setMessageConverter(new ByteArrayMessageConverter() {
            @Override
            protected boolean supportsMimeType(MessageHeaders headers) {
                return true;
            }
        });
        for (int n = 0; n < subscribers; n++) {
            WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
            handshake.add("Authorization", Api.basic(USERS.get(n % USERS.size())));
            StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", handshake,
                    new StompSessionHandlerAdapter() { }).get(30, TimeUnit.SECONDS);
            session.subscribe("/topic/assessments/" + assessmentId, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    long arrived = System.nanoTime();
                    long sequence = FrameSequence.of((byte[]) payload);
                    if (sequence >= 0) {
                        arrivals.computeIfAbsent(sequence, key -> new ConcurrentLinkedQueue<>()).add(arrived);
                    }
                }
            });
            sessions.add(session);
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

    private ConcurrentLinkedQueue<Long> arrivedAt(long sequence) {
        return arrivals.computeIfAbsent(sequence, key -> new ConcurrentLinkedQueue<>());
    }

    @Override
    public void close() {
        sessions.forEach(session -> {
            try {
                session.disconnect();
            } catch (RuntimeException ignored) {
                // the server may have closed it already
            }
        });
        client.stop();
    }
}
