package nl.regiokompas.web.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;

/**
 * Who may subscribe to what. Every signed-in role reads the live events of assessments; who is looking
 * (presence) is shared among the people who work on assessments and the auditor, not with raadsleden.
 * Anything else is refused, which the client receives as a STOMP ERROR frame.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketSecurity
class WebSocketSecurityConfiguration {

    @Bean
    AuthorizationManager<Message<?>> messageAuthorizationManager(
            MessageMatcherDelegatingAuthorizationManager.Builder messages) {
        return messages
                .nullDestMatcher().authenticated()
                .simpTypeMatchers(SimpMessageType.CONNECT, SimpMessageType.DISCONNECT, SimpMessageType.HEARTBEAT,
                        SimpMessageType.UNSUBSCRIBE).authenticated()
                .simpSubscribeDestMatchers(LiveTopics.PRESENCE_PATTERN)
                .hasAnyRole("STRATEEG", "BESTUURDER", "PROGRAMMATEAM", "AUDITOR")
                .simpSubscribeDestMatchers(LiveTopics.ASSESSMENTS, LiveTopics.ASSESSMENT_PATTERN).authenticated()
                .anyMessage().denyAll()
                .build();
    }

    /** Replaces Spring Security's CSRF check on CONNECT by {@link StompCsrfCheck}, which exempts scripts. */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new ChannelInterceptor() {
        };
    }
}
