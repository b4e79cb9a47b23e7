package nl.regiokompas.web.live;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows a presence subscription and remembers the latest list of viewers' user ids. */
public final class PresenceWatcher {

    private final StompTestClient.Subscription presence;
    private List<String> latest = List.of();

    public PresenceWatcher(StompTestClient.Subscription presence) {
        this.presence = presence;
    }

    /** The viewers of the newest presence message received so far. */
    public List<String> viewers() throws InterruptedException {
        JsonNode message;
        while ((message = presence.poll(50)) != null) {
            List<String> ids = new ArrayList<>();
            message.get("viewers").forEach(viewer -> ids.add(viewer.get("userId").asText()));
            latest = ids;
        }
        return latest;
    }
}
