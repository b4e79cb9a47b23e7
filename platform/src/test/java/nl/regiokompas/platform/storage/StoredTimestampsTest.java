package nl.regiokompas.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void every_timestamp_axon_stores_parses_to_the_instant_axon_parses() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 100_000; i++) {
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli(
                    random.nextLong(Instant.parse("1970-01-01T00:00:00Z").toEpochMilli(),
                            Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli())));
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void the_edges_of_days_months_and_leap_years_parse_as_axon_parses_them() {
        for (String stored : new String[]{"2028-02-29T23:59:59.999Z", "2028-03-01T00:00:00.000Z",
                "2026-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2000-02-29T12:00:00.001Z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void a_timestamp_of_another_shape_parses_as_axon_parses_it() {
        for (String stored : new String[]{"2026-11-23T23:25:12.028+01:00", "2026-11-23T23:25:12Z",
                "2026-11-23T23:25:12.028123Z", "+12026-11-23T23:25:12.028Z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void an_impossible_date_fails_as_axon_fails() {
        for (String stored : new String[]{"2027-02-29T10:00:00.000Z", "2026-11-23T24:00:00.000Z",
                "2026-13-01T10:00:00.000Z", "2026-11-23T10:60:00.000Z", "2026-1x-23T10:00:00.000Z"}) {
            assertThatThrownBy(() -> StoredTimestamps.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
