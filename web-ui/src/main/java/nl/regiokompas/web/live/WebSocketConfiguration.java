package nl.regiokompas.web.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws}. No allowed origins are configured, so Spring accepts the
 * handshake only from the application's own origin, or without an Origin header (scripts).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String TOPIC = "/topic";

    private final TopicWatchers watchers;

    WebSocketConfiguration(TopicWatchers watchers) {
        this.watchers = watchers;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws").addInterceptors(new HandshakeFacts());
        registry.setErrorHandler(new StompErrors());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setThreadNamePrefix("ws-heartbeat-");
        heartbeats.initialize();
        registry.enableSimpleBroker(TOPIC).setHeartbeatValue(new long[]{10_000, 10_000}).setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new StompCsrfCheck(), watchers);
    }
}
