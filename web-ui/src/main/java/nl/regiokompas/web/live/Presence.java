package nl.regiokompas.web.live;

import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import nl.regiokompas.web.security.RegiokompasUser;
import nl.regiokompas.platform.storage.DatabaseNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Who is looking at which assessment: everyone subscribed to its event topic, on any application instance.
 * This instance records its own sessions' viewers in the {@link ViewerRegistry}; every change there is
 * announced to all instances, and each pushes the new list to its own presence subscribers. The push is
 * slightly delayed because Spring announces a subscription before the broker has registered it, and a
 * subscriber must not miss the list that includes itself.
 */
@Component
class Presence {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);
    private static final long SETTLE_MILLIS = 100;
    private static final long REFRESH_SECONDS = 15;

    private final String instanceId = UUID.randomUUID().toString();
    /** Per STOMP session of this instance: subscription id to assessment id. */
    private final Map<String, Map<String, String>> subscriptions = new ConcurrentHashMap<>();
    private final ViewerRegistry registry;
    private final SimpMessagingTemplate broker;
    private final ScheduledExecutorService pushes = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "presence");
        thread.setDaemon(true);
        return thread;
    });

    Presence(ViewerRegistry registry, SimpMessagingTemplate broker, DatabaseNotifications notifications) {
        this.registry = registry;
        this.broker = broker;
        notifications.listen(ViewerRegistry.CHANNEL, this::schedulePush);
        pushes.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    @EventListener
    void onSubscribe(SessionSubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        String destination = headers.getDestination();
        String viewed = LiveTopics.assessmentOf(destination);
        if (viewed != null) {
            subscriptions.computeIfAbsent(headers.getSessionId(), id -> new ConcurrentHashMap<>())
                    .put(headers.getSubscriptionId(), viewed);
            registry.add(instanceId, headers.getSessionId(), viewed, viewerOf(event));
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
        if (viewed != null && !ofSession.containsValue(viewed)) {
            registry.remove(instanceId, headers.getSessionId(), viewed);
        }
    }

    @EventListener
    void onDisconnect(SessionDisconnectEvent event) {
        Map<String, String> ofSession = subscriptions.remove(event.getSessionId());
        if (ofSession != null) {
            ofSession.values().stream().distinct()
                    .forEach(viewed -> registry.remove(instanceId, event.getSessionId(), viewed));
        }
    }

    private void schedulePush(String assessmentId) {
        pushes.schedule(() -> push(assessmentId), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void push(String assessmentId) {
        try {
            broker.convertAndSend(LiveTopics.presence(assessmentId), new PresenceView(registry.viewersOf(assessmentId)));
        } catch (RuntimeException e) {
            log.warn("Could not push the presence of {}: {}", assessmentId, e.getMessage());
        }
    }

    private void refresh() {
        try {
            registry.refresh(instanceId);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the presence of this instance: {}", e.getMessage());
        }
    }

    private static Viewer viewerOf(AbstractSubProtocolEvent event) {
        Principal user = Objects.requireNonNull(event.getUser(), "subscriptions are authenticated");
        if (user instanceof Authentication authentication
                && authentication.getPrincipal() instanceof RegiokompasUser signedIn) {
            return new Viewer(signedIn.userId(), signedIn.name(), signedIn.gemeente());
        }
        return new Viewer(user.getName(), user.getName(), null);
    }

    /**
     * Removes this instance's viewers, waiting at most a second: at JVM shutdown the database may already be
     * going away, and rows left behind expire by themselves.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        pushes.shutdownNow();
        try {
            CompletableFuture.runAsync(() -> registry.removeInstance(instanceId)).get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Viewers of this instance expire by themselves: {}", e.getMessage());
        }
    }
}
