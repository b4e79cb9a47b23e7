package nl.regiokompas.web.live;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.regiokompas.web.security.ScriptCredentials;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Remembers, for the STOMP session, what the CSRF check on CONNECT needs to know about the handshake: did a
 * browser (Origin header) or a script with HTTP Basic open it, and which CSRF token belongs to it.
 */
class HandshakeFacts implements HandshakeInterceptor {

    static final String SCRIPT_WITH_CREDENTIALS = "regiokompas.scriptWithCredentials";
    static final String CSRF_TOKEN = "regiokompas.csrfToken";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        HttpHeaders headers = request.getHeaders();
        // The handshake passed the HTTP security filters, so such credentials are what authenticated it.
        boolean scriptCredentials = ScriptCredentials.in(headers.getFirst(HttpHeaders.AUTHORIZATION));
        attributes.put(SCRIPT_WITH_CREDENTIALS, scriptCredentials && headers.getOrigin() == null);
        if (request instanceof ServletServerHttpRequest servlet) {
            HttpServletRequest http = servlet.getServletRequest();
            if (http.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                attributes.put(CSRF_TOKEN, token.getToken());
            }
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // nothing to do after the handshake
    }
}
