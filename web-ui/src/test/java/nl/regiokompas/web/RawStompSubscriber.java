package nl.regiokompas.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;

/**
 * A STOMP subscriber written by hand on the JSR-356 WebSocket client, as light as a browser's: it sends CONNECT and
 * SUBSCRIBE as text frames and hands every text message it receives after CONNECTED, as received, to its consumer
 * (on the client's socket thread). Nothing decodes the STOMP frames for it; it asks for no heartbeats (a lone newline
 * would be one, and is skipped).
 */
public final class RawStompSubscriber implements AutoCloseable {

    private static final WebSocketContainer CONTAINER = container();

    private final Session session;

    private RawStompSubscriber(Session session) {
        this.session = session;
    }

    /** Connects to the application's {@code /ws} endpoint as the user, and subscribes to the destination. */
    public static RawStompSubscriber subscribe(int port, String user, String destination, String subscriptionId,
            Consumer<String> messages) throws Exception {
        CompletableFuture<String> connected = new CompletableFuture<>();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        headers.put("Authorization", List.of(Api.basic(user)));
                    }
                }).build();
        Session session = CONTAINER.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session session, EndpointConfig endpointConfig) {
                session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> {
                    if (!connected.isDone()) {
                        connected.complete(message);
                    } else if (!message.equals("\n")) {
                        messages.accept(message);
                    }
                });
            }
        }, config, URI.create("ws://localhost:" + port + "/ws"));
        RawStompSubscriber subscriber = new RawStompSubscriber(session);
        session.getBasicRemote().sendText("CONNECT\naccept-version:1.2\nhost:localhost\n\n\u0000");
        String answer = connected.get(30, TimeUnit.SECONDS);
        if (!answer.startsWith("CONNECTED\n")) {
            subscriber.close();
            throw new IllegalStateException("STOMP CONNECT answered with " + answer);
        }
        session.getBasicRemote().sendText("SUBSCRIBE\nid:" + subscriptionId + "\ndestination:" + destination
                + "\n\n\u0000");
        return subscriber;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    private static WebSocketContainer container() {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        return container;
    }
}
