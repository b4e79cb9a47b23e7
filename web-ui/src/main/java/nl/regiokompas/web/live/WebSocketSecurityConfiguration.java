package nl.regiokompas.web.live;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.util.matcher.MessageMatcher;

/**
 * Who may subscribe to what. Every signed-in role reads the live events of assessments and form weighings; who is looking
 * (presence) is shared among the people who work on assessments and the auditor, not with raadsleden.
 * Anything else is refused, which the client receives as a STOMP ERROR frame; that includes every
 * subscription with a wildcard (see {@link LiveTopics}).
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
                .matchers(subscriptionTo(destination -> LiveTopics.presenceOf(destination) != null))
                .hasAnyRole("STRATEEG", "BESTUURDER", "PROGRAMMATEAM", "AUDITOR")
                .matchers(subscriptionTo(destination -> LiveTopics.isAssessmentList(destination)
                        || LiveTopics.assessmentOf(destination) != null
                        || LiveTopics.weighingOf(destination) != null)).authenticated()
                .anyMessage().denyAll()
                .build();
    }

    /**
     * A SUBSCRIBE to exactly one of our topics. The destination is compared as the literal text the broker
     * will match against, not as a pattern, so a wildcard subscription matches none of these and is refused.
     */
    private static MessageMatcher<Object> subscriptionTo(Predicate<String> topic) {
        return message -> SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.SUBSCRIBE
                && topic.test(SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
    }

    /** Replaces Spring Security's CSRF check on CONNECT by {@link StompCsrfCheck}, which exempts scripts. */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new ChannelInterceptor() {
        };
    }
}
