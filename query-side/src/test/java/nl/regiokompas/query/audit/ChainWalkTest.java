package nl.regiokompas.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.ChainVerification.Problem;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.junit.jupiter.api.Test;

/** Recomputing the chain link by link and naming the first link that no longer matches. */
class ChainWalkTest {

    @Test
    void an_intact_chain_is_ok_over_every_link() {
        ChainVerification result = walk(chainOf(4));

        assertThat(result.ok()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(4);
        assertThat(result.firstBrokenEvent()).isNull();
    }

    @Test
    void an_altered_event_is_named_and_the_walk_stops_there() {
        List<ChainWalk.Link> chain = chainOf(4);
        ChainWalk.Link second = chain.get(1);
        StoredEvent e = second.event();
        chain.set(1, new ChainWalk.Link(second.position(), second.globalIndex(), second.eventIdentifier(),
                second.previousHash(), second.hash(), new StoredEvent(e.globalIndex(), e.eventIdentifier(),
                e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(), e.payloadType(),
                e.payloadRevision(), "{\"altered\":true}".getBytes(StandardCharsets.UTF_8), e.metaData())));

        ChainVerification result = walk(chain);

        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenEvent()).isEqualTo("e2");
        assertThat(result.broken().problem()).isEqualTo(Problem.ALTERED);
        assertThat(result.eventsChecked()).isEqualTo(2);
    }

    @Test
    void a_link_whose_event_is_gone_names_the_missing_event() {
        List<ChainWalk.Link> chain = chainOf(3);
        ChainWalk.Link second = chain.get(1);
        chain.set(1, new ChainWalk.Link(second.position(), second.globalIndex(), second.eventIdentifier(),
                second.previousHash(), second.hash(), null));

        ChainVerification result = walk(chain);

        assertThat(result.firstBrokenEvent()).isEqualTo("e2");
        assertThat(result.broken().problem()).isEqualTo(Problem.MISSING);
    }

    @Test
    void a_removed_link_is_noticed_at_the_next_one() {
        List<ChainWalk.Link> chain = chainOf(3);
        chain.remove(1);

        ChainVerification result = walk(chain);

        assertThat(result.firstBrokenEvent()).isEqualTo("e3");
        assertThat(result.broken().problem()).isEqualTo(Problem.OUT_OF_SEQUENCE);
    }

    @Test
    void an_event_without_a_link_breaks_an_otherwise_intact_chain() {
        List<ChainWalk.Link> chain = chainOf(2);
        ChainWalk walk = new ChainWalk();
        chain.forEach(walk::accept);
        walk.unchained(event(3));

        ChainVerification result = walk.result(2, chain.get(1).hash());

        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenEvent()).isEqualTo("e3");
        assertThat(result.broken().problem()).isEqualTo(Problem.UNCHAINED);
        assertThat(result.eventsChecked()).isEqualTo(3);
    }

    private static ChainVerification walk(List<ChainWalk.Link> chain) {
        ChainWalk walk = new ChainWalk();
        for (ChainWalk.Link link : chain) {
            if (!walk.accept(link)) {
                break;
            }
        }
        ChainWalk.Link head = chain.get(chain.size() - 1);
        return walk.result(head.position(), head.hash());
    }

    private static List<ChainWalk.Link> chainOf(int length) {
        List<ChainWalk.Link> chain = new ArrayList<>();
        byte[] previous = EventHashLayout.genesis();
        for (int i = 1; i <= length; i++) {
            StoredEvent event = event(i);
            byte[] hash = EventHashLayout.link(previous, event);
            chain.add(new ChainWalk.Link(i, i, event.eventIdentifier(), previous, hash, event));
            previous = hash;
        }
        return chain;
    }

    private static StoredEvent event(long index) {
        return new StoredEvent(index, "e" + index, "a", index - 1, "Assessment", "2027-03-01T09:00:0" + index + "Z",
                "nl.regiokompas.api.assessment.CriterionInputRecorded", null,
                ("{\"n\":" + index + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
