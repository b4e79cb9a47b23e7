package nl.regiokompas.web.live;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import nl.regiokompas.web.security.RegiokompasUser;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.AbstractSubProtocolEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

/**
 * Who is looking at which assessment: everyone subscribed to its event topic, on this instance. A change is
 * pushed to the presence topic; the push is slightly delayed because Spring announces a subscription
 * before the broker has registered it, and a subscriber must not miss the list that includes itself.
 */
@Component
class Presence {

    private static final long SETTLE_MILLIS = 100;

    /** Per STOMP session: subscription id to assessment id. */
    private final Map<String, Map<String, String>> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Viewer> viewersBySession = new ConcurrentHashMap<>();
    private final SimpMessagingTemplate broker;
    private final ScheduledExecutorService pushes = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "presence");
        thread.setDaemon(true);
        return thread;
    });

    Presence(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventListener
    void onSubscribe(SessionSubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        String destination = headers.getDestination();
        String viewed = LiveTopics.assessmentOf(destination);
        if (viewed != null) {
            viewersBySession.put(headers.getSessionId(), viewerOf(event));
            subscriptions.computeIfAbsent(headers.getSessionId(), id -> new ConcurrentHashMap<>())
                    .put(headers.getSubscriptionId(), viewed);
            schedulePush(viewed);
        }
        String presence = LiveTopics.presenceOf(destination);
        if (presence != null) {
            schedulePush(presence);
        }
    }

    @EventListener
    void onUnsubscribe(SessionUnsubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        Map<String, String> ofSession = subscriptions.get(headers.getSessionId());
        String viewed = ofSession == null ? null : ofSession.remove(headers.getSubscriptionId());
        if (viewed != null) {
            schedulePush(viewed);
        }
    }

    @EventListener
    void onDisconnect(SessionDisconnectEvent event) {
        Map<String, String> ofSession = subscriptions.remove(event.getSessionId());
        viewersBySession.remove(event.getSessionId());
        if (ofSession != null) {
            ofSession.values().stream().distinct().forEach(this::schedulePush);
        }
    }

    PresenceView viewersOf(String assessmentId) {
        Map<String, Viewer> byUser = new LinkedHashMap<>();
        subscriptions.forEach((sessionId, ofSession) -> {
            Viewer viewer = viewersBySession.get(sessionId);
            if (viewer != null && ofSession.containsValue(assessmentId)) {
                byUser.putIfAbsent(viewer.userId(), viewer);
            }
        });
        List<Viewer> viewers = byUser.values().stream().sorted(Comparator.comparing(Viewer::userId)).toList();
        return new PresenceView(viewers);
    }

    private void schedulePush(String assessmentId) {
        pushes.schedule(() -> broker.convertAndSend(LiveTopics.presence(assessmentId), viewersOf(assessmentId)),
                SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Viewer viewerOf(AbstractSubProtocolEvent event) {
        Principal user = Objects.requireNonNull(event.getUser(), "subscriptions are authenticated");
        if (user instanceof Authentication authentication
                && authentication.getPrincipal() instanceof RegiokompasUser signedIn) {
            return new Viewer(signedIn.userId(), signedIn.name(), signedIn.gemeente());
        }
        return new Viewer(user.getName(), user.getName(), null);
    }

    @PreDestroy
    void stop() {
        pushes.shutdownNow();
    }
}
