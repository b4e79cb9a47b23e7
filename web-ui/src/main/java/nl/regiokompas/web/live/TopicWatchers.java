package nl.regiokompas.web.live;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Which topics a STOMP session of this instance subscribes to, counted as the SUBSCRIBE, UNSUBSCRIBE and
 * DISCONNECT frames enter the client inbound channel: on the sending thread, before the broker handles them, so a
 * topic for which the broker holds a subscription always counts here (Spring's {@code SimpUserRegistry} learns of a
 * subscription after the broker and may miss it, see docs/performance.md). A session that ends without a DISCONNECT
 * frame still sends one into the channel ({@code StompSubProtocolHandler.afterSessionEnded}). A count may run ahead
 * of the broker (a subscription not yet registered, one being removed), never behind it: at worst a topic is
 * treated as watched a moment too long.
 */
@Component
class TopicWatchers implements ChannelInterceptor {

    /** Per session: subscription id to destination. */
    private final Map<String, Map<String, String>> subscriptions = new HashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** Whether a session of this instance subscribes to this destination (exactly this text, as the broker matches it). */
    boolean isWatched(String destination) {
        return counts.containsKey(destination);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(message);
        String session = headers.getSessionId();
        if (session == null || headers.getMessageType() == null) {
            return message;
        }
        switch (headers.getMessageType()) {
            case SUBSCRIBE -> subscribe(session, headers.getSubscriptionId(), headers.getDestination());
            case UNSUBSCRIBE -> unsubscribe(session, headers.getSubscriptionId());
            case DISCONNECT -> disconnect(session);
            default -> {
            }
        }
        return message;
    }

    private synchronized void subscribe(String session, String subscription, String destination) {
        if (subscription == null || destination == null) {
            return;
        }
        String replaced = subscriptions.computeIfAbsent(session, id -> new HashMap<>()).put(subscription, destination);
        counts.merge(destination, 1, Integer::sum);
        if (replaced != null) {
            release(replaced);
        }
    }

    private synchronized void unsubscribe(String session, String subscription) {
        Map<String, String> ofSession = subscriptions.get(session);
        String destination = ofSession == null || subscription == null ? null : ofSession.remove(subscription);
        if (destination != null) {
            release(destination);
        }
    }

    private synchronized void disconnect(String session) {
        Map<String, String> ofSession = subscriptions.remove(session);
        if (ofSession != null) {
            ofSession.values().forEach(this::release);
        }
    }

    private void release(String destination) {
        counts.computeIfPresent(destination, (topic, count) -> count == 1 ? null : count - 1);
    }
}
