package nl.regiokompas.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DocumentSnapshotPlanTest {

    private final DocumentSnapshotPlan everyTen = new DocumentSnapshotPlan(10);

    @Test
    void a_snapshot_is_due_once_per_interval_however_the_versions_step() {
        assertThat(LongStream.rangeClosed(1, 35).filter(v -> everyTen.due(v - 1, v)).boxed()).containsExactly(10L, 20L, 30L);
        assertThat(everyTen.due(8, 13)).isTrue();
        assertThat(everyTen.due(13, 19)).isFalse();
    }

    @Test
    void the_opening_is_no_snapshot() {
        assertThat(everyTen.due(-1, 0)).isFalse();
    }

    @Test
    void an_event_stamped_earlier_than_one_before_it_keeps_the_latest_time() {
        Instant late = Instant.parse("2027-03-01T12:00:00Z");
        Instant earlier = Instant.parse("2027-02-01T12:00:00Z");
        assertThat(DocumentSnapshotPlan.eventsUntil(false, late, earlier)).isEqualTo(late);
        assertThat(DocumentSnapshotPlan.eventsUntil(false, earlier, late)).isEqualTo(late);
    }

    @Test
    void a_time_finer_than_a_microsecond_is_rounded_up_so_a_snapshot_never_serves_an_instant_before_its_events() {
        Instant event = Instant.parse("2027-03-01T12:00:00.000000001Z");
        assertThat(DocumentSnapshotPlan.eventsUntil(true, null, event)).isEqualTo("2027-03-01T12:00:00.000001Z");
    }

    @Test
    void a_row_without_known_times_gets_none_so_it_keeps_no_snapshots_until_a_rebuild() {
        assertThat(DocumentSnapshotPlan.eventsUntil(false, null, Instant.now())).isNull();
    }
}
