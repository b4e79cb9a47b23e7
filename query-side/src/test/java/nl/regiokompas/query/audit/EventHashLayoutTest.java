package nl.regiokompas.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.junit.jupiter.api.Test;

/** The exact bytes each link of the chain covers; the database trigger (Flyway V3) hashes the same bytes. */
class EventHashLayoutTest {

    private static final StoredEvent EVENT = new StoredEvent(7, "e1", "a1", 2, "Assessment", "t", "P", null,
            "{}".getBytes(StandardCharsets.UTF_8), null);

    @Test
    void a_link_covers_the_previous_hash_and_every_column_length_prefixed_in_a_fixed_order() {
        byte[] bytes = EventHashLayout.bytes(EventHashLayout.genesis(), EVENT);

        String expected = "00".repeat(32)
                + "0000000000000007"                       // global_index
                + "00000002" + hex("e1")                   // event_identifier
                + "00000002" + hex("a1")                   // aggregate_identifier
                + "0000000000000002"                       // sequence_number
                + "0000000a" + hex("Assessment")           // type
                + "00000001" + hex("t")                    // time_stamp
                + "00000001" + hex("P")                    // payload_type
                + "ffffffff"                               // payload_revision: null
                + "00000002" + hex("{}")                   // payload
                + "ffffffff";                              // meta_data: null
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
    }

    @Test
    void a_link_is_the_sha256_of_those_bytes() {
        byte[] link = EventHashLayout.link(EventHashLayout.genesis(), EVENT);

        assertThat(link).hasSize(32).isEqualTo(EventHashLayout.sha256(EventHashLayout.bytes(EventHashLayout.genesis(),
                EVENT)));
    }

    @Test
    void moving_bytes_between_neighbouring_fields_changes_the_hash() {
        StoredEvent shifted = new StoredEvent(7, "e1a", "1", 2, "Assessment", "t", "P", null,
                "{}".getBytes(StandardCharsets.UTF_8), null);
        StoredEvent emptyInsteadOfNull = new StoredEvent(7, "e1", "a1", 2, "Assessment", "t", "P", "",
                "{}".getBytes(StandardCharsets.UTF_8), null);

        byte[] original = EventHashLayout.link(EventHashLayout.genesis(), EVENT);

        assertThat(EventHashLayout.link(EventHashLayout.genesis(), shifted)).isNotEqualTo(original);
        assertThat(EventHashLayout.link(EventHashLayout.genesis(), emptyInsteadOfNull)).isNotEqualTo(original);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
