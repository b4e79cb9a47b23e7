package nl.regiokompas.query.history;

import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.HistoryEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Marks each history entry with whether its event's hash-chain link verifies (one query per history). Where
 * the chain does not cover the event store (Axon Server), the mark stays null: not checked.
 */
@Component
public class HistoryLinks {

    private final ObjectProvider<EventLinkCheck> check;

    HistoryLinks(ObjectProvider<EventLinkCheck> check) {
        this.check = check;
    }

    public List<HistoryEntry> marked(String aggregateIdentifier, long fromSequence, List<HistoryEntry> entries) {
        EventLinkCheck links = check.getIfAvailable();
        if (links == null || entries.isEmpty()) {
            return entries;
        }
        Map<String, Boolean> verified = links.linksOf(aggregateIdentifier, fromSequence);
        return entries.stream()
                .map(entry -> entry.withLinkVerified(verified.getOrDefault(entry.eventId(), false)))
                .toList();
    }
}
