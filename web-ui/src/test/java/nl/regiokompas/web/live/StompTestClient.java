package nl.regiokompas.web.live;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiokompas.web.Api;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** A real STOMP client, as a script of the region would connect: HTTP Basic on the handshake, no Origin. */
public final class StompTestClient implements AutoCloseable {
    /** How long a test waits for a push: the live processor may be catching up after a test that wrote a demo history. */
    private static final long PATIENCE_SECONDS = 30;


    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketStompClient client;
    private final StompSession session;
    /** Recorded when the server closed the connection (it does so right after an ERROR frame). */
    static final String CLOSED_BY_SERVER = "connection closed: ";

    /** The messages of the STOMP ERROR frames this client received, and a closed connection. */
    final List<String> errors;

    private StompTestClient(WebSocketStompClient client, StompSession session, List<String> errors) {
        this.client = client;
        this.session = session;
        this.errors = errors;
    }

    public static StompTestClient connect(int port, String user) {
        return connect(port, user, null, new StompHeaders());
    }

    static StompTestClient connect(int port, String user, String origin, StompHeaders connectHeaders) {
        // A document of a complete package (inputs of everyone, nine responsibilities, the guideline) is larger than
        // the 8 KB a JSR-356 client container buffers by default; a browser has no such limit.
        jakarta.websocket.WebSocketContainer container = jakarta.websocket.ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(1024 * 1024);
        client.setMessageConverter(new StringMessageConverter() {
            @Override
            protected boolean supportsMimeType(MessageHeaders headers) {
                return true; // the server sends application/json; the test parses it itself
            }
        });
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", Api.basic(user));
        if (origin != null) {
            handshake.add("Origin", origin);
        }
        List<String> errors = new CopyOnWriteArrayList<>();
        try {
            StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", handshake, connectHeaders,
                    new StompSessionHandlerAdapter() {
                        @Override
                        public void handleFrame(StompHeaders headers, Object payload) {
                            errors.add(String.valueOf(headers.getFirst("message")));
                        }

                        @Override
                        public void handleTransportError(StompSession session, Throwable exception) {
                            errors.add(CLOSED_BY_SERVER + exception);
                        }

                        @Override
                        public Type getPayloadType(StompHeaders headers) {
                            return String.class;
                        }
                    }).get(10, TimeUnit.SECONDS);
            return new StompTestClient(client, session, errors);
        } catch (Exception e) {
            client.stop();
            throw new IllegalStateException("STOMP connect failed", e);
        }
    }

    public Subscription subscribe(String destination) {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        StompSession.Subscription subscription = session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                try {
                    received.add(JSON.readTree((String) payload));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return new Subscription(subscription, received);
    }

    boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        client.stop();
    }

    public record Subscription(StompSession.Subscription handle, BlockingQueue<JsonNode> received) {

        public JsonNode next() {
            try {
                JsonNode message = received.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                if (message == null) {
                    throw new AssertionError("no message within " + PATIENCE_SECONDS + " seconds");
                }
                return message;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public JsonNode poll(long millis) throws InterruptedException {
            return received.poll(millis, TimeUnit.MILLISECONDS);
        }

        /**
         * The next event after the opening of an assessment: the push of the opening (sequence 0) may arrive
         * after a test subscribed to an assessment it had just opened, or before.
         */
        public JsonNode nextChange() {
            JsonNode message = next();
            return message.path("sequence").asLong() == 0 ? next() : message;
        }

        /** As {@link #nextChange()}, within this time; null when none arrived. */
        public JsonNode pollChange(long millis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            JsonNode message = poll(millis);
            if (message != null && message.path("sequence").asLong() == 0) {
                message = poll(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            return message;
        }
    }
}
