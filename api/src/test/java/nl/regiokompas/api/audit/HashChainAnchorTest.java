package nl.regiokompas.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The written form of an anchor, {@code <position>:<hexhash>}, and what is not one. */
class HashChainAnchorTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void an_anchor_reads_back_from_its_text() {
        HashChainAnchor anchor = HashChainAnchor.parse(" 4711:" + HASH.toUpperCase() + " ");

        assertThat(anchor).isEqualTo(new HashChainAnchor(4711, HASH));
        assertThat(anchor.text()).isEqualTo("4711:" + HASH);
    }

    @Test
    void a_position_that_is_not_a_whole_number_of_one_or_more_is_refused_in_dutch() {
        for (String position : new String[]{"0", "-1", "+1", "1.5", "x", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> HashChainAnchor.parse(position + ":" + HASH)).as(position)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positie");
        }
    }

    @Test
    void a_hash_that_is_not_64_hex_digits_is_refused_in_dutch() {
        for (String hash : new String[]{"", "abc", HASH.substring(1), HASH + "0", "*".repeat(64), "%".repeat(64)}) {
            assertThatThrownBy(() -> HashChainAnchor.parse("1:" + hash)).as(hash)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
        }
    }

    @Test
    void text_without_exactly_one_colon_is_no_anchor() {
        for (String text : new String[]{HASH, "1:" + HASH + ":2", "1;" + HASH}) {
            assertThatThrownBy(() -> HashChainAnchor.parse(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geen anker");
        }
    }
}
