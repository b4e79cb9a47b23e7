package nl.regiokompas.web.live;

import java.util.Map;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.access.AccessDeniedException;

/**
 * A browser must prove on CONNECT that the page is ours: the {@code X-XSRF-TOKEN} header must equal the CSRF
 * token of its session (the XSRF-TOKEN cookie). A script that sent no Origin header and authenticated the
 * handshake with HTTP Basic or a bearer token is no cross-site risk and connects without it, as docs/api.md promises.
 */
class StompCsrfCheck implements ChannelInterceptor {

    static final String HEADER = "X-XSRF-TOKEN";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.CONNECT) {
            return message;
        }
        SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.wrap(message);
        Map<String, Object> session = accessor.getSessionAttributes();
        if (session == null || Boolean.TRUE.equals(session.get(HandshakeFacts.SCRIPT_WITH_CREDENTIALS))) {
            return message;
        }
        Object expected = session.get(HandshakeFacts.CSRF_TOKEN);
        String actual = accessor.getFirstNativeHeader(HEADER);
        if (expected == null || !expected.equals(actual)) {
            throw new AccessDeniedException("Ontbrekend of ongeldig CSRF-token in de CONNECT-frame (" + HEADER + ").");
        }
        return message;
    }
}
