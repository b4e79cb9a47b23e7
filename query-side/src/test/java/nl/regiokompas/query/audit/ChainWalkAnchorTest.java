package nl.regiokompas.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.regiokompas.api.audit.AnchorCheck;
import nl.regiokompas.api.audit.AnchorCheck.Outcome;
import nl.regiokompas.api.audit.AnchorFileCheck;
import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.junit.jupiter.api.Test;

/** Checking anchors kept outside the database while the chain is walked. */
class ChainWalkAnchorTest {

    @Test
    void an_anchor_taken_from_the_chain_matches_it() {
        List<ChainWalk.Link> chain = chainOf(4, "");

        AnchorCheck check = walk(chain, anchorAt(chain, 3)).anchor();

        assertThat(check.matches()).isTrue();
        assertThat(check.outcome()).isEqualTo(Outcome.MATCHES);
    }

    @Test
    void a_chain_rewritten_from_an_earlier_event_verifies_but_differs_from_the_anchor() {
        HashChainAnchor anchor = anchorAt(chainOf(4, ""), 3);
        List<ChainWalk.Link> rewritten = chainOf(4, "vervalst");

        ChainVerification result = walk(rewritten, anchor);

        assertThat(result.ok()).isTrue();
        assertThat(result.anchor().matches()).isFalse();
        assertThat(result.anchor().outcome()).isEqualTo(Outcome.DIFFERS);
        assertThat(result.anchor().chainHash()).isEqualTo(EventHashLayout.hex(rewritten.get(2).hash()));
    }

    @Test
    void an_anchor_after_a_broken_link_cannot_be_confirmed() {
        List<ChainWalk.Link> chain = chainOf(4, "");
        HashChainAnchor anchor = anchorAt(chain, 4);
        chain.remove(1);

        AnchorCheck check = walk(chain, anchor).anchor();

        assertThat(check.outcome()).isEqualTo(Outcome.CHAIN_BROKEN);
        assertThat(check.matches()).isFalse();
    }

    @Test
    void an_anchor_beyond_the_head_says_events_were_removed() {
        List<ChainWalk.Link> chain = chainOf(4, "");
        HashChainAnchor anchor = anchorAt(chain, 4);

        AnchorCheck check = walk(chain.subList(0, 3), anchor).anchor();

        assertThat(check.outcome()).isEqualTo(Outcome.BEYOND_HEAD);
        assertThat(check.detail()).contains("verwijderd");
    }

    @Test
    void the_file_check_brackets_the_rewritten_events_between_the_last_match_and_the_first_mismatch() {
        List<ChainWalk.Link> original = chainOf(5, "");
        List<ChainWalk.Link> rewritten = new ArrayList<>(original.subList(0, 2));
        rewritten.addAll(chainFrom(rewritten.get(1).hash(), 3, 5, "vervalst"));
        RecordedAnchor.File file = new RecordedAnchor.File(List.of(recorded(original, 1), recorded(original, 2),
                recorded(original, 4), recorded(rewritten, 5)), 1);

        ChainWalk walk = new ChainWalk(ChainWalk.positionsOf(null, file));
        rewritten.forEach(walk::accept);
        AnchorFileCheck check = walk.result(5, rewritten.get(4).hash(), null, file).anchorFile();

        assertThat(check.allMatch()).isFalse();
        assertThat(check.mismatches()).isEqualTo(1);
        assertThat(check.lastMatchBeforeFirstMismatch().position()).isEqualTo(2);
        assertThat(check.firstMismatch().position()).isEqualTo(4);
        assertThat(check.latest().matches()).isTrue();
        assertThat(check.unreadableLines()).isEqualTo(1);
    }

    private static ChainVerification walk(List<ChainWalk.Link> chain, HashChainAnchor anchor) {
        ChainWalk walk = new ChainWalk(Set.of(anchor.position()));
        chain.forEach(walk::accept);
        ChainWalk.Link head = chain.get(chain.size() - 1);
        return walk.result(head.position(), head.hash(), anchor, null);
    }

    private static HashChainAnchor anchorAt(List<ChainWalk.Link> chain, long position) {
        return new HashChainAnchor(position, EventHashLayout.hex(chain.get((int) position - 1).hash()));
    }

    private static RecordedAnchor recorded(List<ChainWalk.Link> chain, long position) {
        return new RecordedAnchor(Instant.parse("2027-03-01T12:00:00Z").plusSeconds(position), anchorAt(chain, position));
    }

    /** A chain of {@code n} events; from the second event on the payload carries {@code text}. */
    private static List<ChainWalk.Link> chainOf(int n, String text) {
        List<ChainWalk.Link> chain = new ArrayList<>(chainFrom(EventHashLayout.genesis(), 1, 1, ""));
        chain.addAll(chainFrom(chain.get(0).hash(), 2, n, text));
        return chain;
    }

    private static List<ChainWalk.Link> chainFrom(byte[] previous, int from, int to, String text) {
        List<ChainWalk.Link> links = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            StoredEvent event = new StoredEvent(i, "e" + i, "a1", i - 1, "Assessment", "2027-03-01T12:00:00.000Z",
                    "Event", null, ("{\"n\":" + i + ",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
            byte[] hash = EventHashLayout.link(previous, event);
            links.add(new ChainWalk.Link(i, i, "e" + i, previous, hash, event));
            previous = hash;
        }
        return links;
    }
}
