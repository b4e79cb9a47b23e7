package nl.regiokompas.web.live;

import java.io.IOException;
import java.io.Writer;

import jakarta.websocket.Session;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Writes every whole text message of a STOMP session through the container's {@link Writer}
 * ({@code RemoteEndpoint.Basic#getSendWriter}) instead of {@code sendText(String)}: the same characters, so the same
 * UTF-8 bytes on the wire. Tomcat encodes a String it is given through a non-array {@code CharBuffer}, one character
 * at a time (a third of the outbound threads' CPU at 200 subscribers, about 6 kB per frame per session); the Writer
 * hands it array-backed chunks, which its encoder walks directly. A message longer than a chunk goes out in more
 * WebSocket fragments than before (a fragment per chunk); the message a client reassembles is the same. Partial and binary messages, and sessions that are
 * not JSR-356 ones, take Spring's path unchanged.
 */
final class ArrayEncodedTextSessions implements WebSocketHandlerDecoratorFactory {

    /**
     * The container's Writer encodes each buffer of this many characters on its own, as the whole input: chunks of at
     * most that size that never end inside a surrogate pair keep every character encodable (Tomcat's default, and the
     * system property that changes it).
     */
    static final int CHUNK_CHARS = Integer.getInteger("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", 8 * 1024);

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                // the sub-protocol handler keeps this session for every later write to the client
                super.afterConnectionEstablished(wrap(session));
            }
        };
    }

    static WebSocketSession wrap(WebSocketSession session) {
        Session container = session instanceof NativeWebSocketSession nativeSession
                ? nativeSession.getNativeSession(Session.class) : null;
        return container == null ? session : new ArrayEncodedTextSession(session, container);
    }

    private static final class ArrayEncodedTextSession extends WebSocketSessionDecorator {

        private final Session container;

        ArrayEncodedTextSession(WebSocketSession delegate, Session container) {
            super(delegate);
            this.container = container;
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) throws IOException {
            if (!(message instanceof TextMessage text) || !text.isLast() || text.getPayload().isEmpty() || !container.isOpen()) {
                super.sendMessage(message);
                return;
            }
            String payload = text.getPayload();
            char[] chunk = new char[Math.min(CHUNK_CHARS, Math.max(1, payload.length()))];
            try (Writer writer = container.getBasicRemote().getSendWriter()) {
                int from = 0;
                while (from < payload.length()) {
                    int to = Math.min(payload.length(), from + chunk.length);
                    if (to < payload.length() && Character.isHighSurrogate(payload.charAt(to - 1))) {
                        to--; // each chunk is encoded as a whole: a pair must not be cut
                    }
                    payload.getChars(from, to, chunk, 0);
                    writer.write(chunk, 0, to - from);
                    from = to;
                    if (from < payload.length()) {
                        writer.flush();
                    }
                }
            }
        }
    }
}
