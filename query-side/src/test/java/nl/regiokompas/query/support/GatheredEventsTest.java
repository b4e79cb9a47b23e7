package nl.regiokompas.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

/**
 * The projections' view of the store: under a steady stream a processor takes the events of a gathering time in one
 * batch; after a quiet moment, and with a backlog, it takes them at once; the events and tokens are the store's.
 */
class GatheredEventsTest {

    private static final long MS = 1_000_000;
    private static final Duration GATHERING = Duration.ofMillis(10);
    private static final int BATCH_SIZE = 3;

    private final Store store = new Store();
    private final FakeClock clock = new FakeClock();

    @Test
    void an_event_after_a_quiet_moment_is_handed_over_at_once() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = gathered(GATHERING).openStream(null);
        store.arrive(1);

        assertThat(batch(stream)).containsExactly(0L);
        clock.advance(50 * MS);
        store.arrive(1);

        assertThat(batch(stream)).containsExactly(1L);
        assertThat(clock.slept).isEmpty();
    }

    @Test
    void under_a_steady_stream_the_events_of_the_gathering_time_go_in_one_batch() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = gathered(GATHERING).openStream(null);
        store.arrive(1);
        assertThat(batch(stream)).containsExactly(0L);
        clock.advance(2 * MS);
        store.arrive(1);
        clock.whileSleeping(() -> store.arrive(1));

        assertThat(batch(stream)).containsExactly(1L, 2L);
        assertThat(clock.slept).containsExactly(8 * MS);
    }

    @Test
    void a_backlog_is_handed_over_without_waiting() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = gathered(GATHERING).openStream(null);
        store.arrive(5);

        assertThat(batch(stream)).containsExactly(0L, 1L, 2L);
        assertThat(batch(stream)).containsExactly(3L, 4L);
        assertThat(clock.slept).isEmpty();
    }

    @Test
    void without_gathering_the_processor_reads_the_store_stream_itself() {
        StreamableMessageSource<TrackedEventMessage<?>> source = gathered(Duration.ZERO);

        assertThat(source.openStream(null)).isInstanceOf(Store.Stream.class);
    }

    @Test
    void a_processor_gets_every_event_with_its_token_in_the_store_order() throws Exception {
        BlockingStream<TrackedEventMessage<?>> direct = store.openStream(null);
        BlockingStream<TrackedEventMessage<?>> stream = gathered(GATHERING).openStream(null);
        store.arrive(7);
        List<TrackedEventMessage<?>> fromStore = new ArrayList<>();
        while (direct.hasNextAvailable()) {
            fromStore.add(direct.nextAvailable());
        }
        List<TrackedEventMessage<?>> gathered = new ArrayList<>();
        while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
            gathered.add(stream.nextAvailable());
        }

        assertThat(gathered).containsExactlyElementsOf(fromStore);
        assertThat(gathered).extracting(TrackedEventMessage::trackingToken)
                .containsExactlyElementsOf(fromStore.stream().map(TrackedEventMessage::trackingToken).toList());
    }

    @Test
    void the_tokens_to_start_from_are_the_store_s() {
        store.arrive(4);
        StreamableMessageSource<TrackedEventMessage<?>> source = gathered(GATHERING);

        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());
        assertThat(source.createTailToken()).isEqualTo(store.createTailToken());
    }

    private GatheredEvents gathered(Duration gathering) {
        return new GatheredEvents(store, gathering, BATCH_SIZE, clock);
    }

    /** What a tracking processor does for a batch: waits for an event, then takes what is available, up to the size. */
    private static List<Long> batch(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<Long> batch = new ArrayList<>();
        if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
            batch.add(position(stream.nextAvailable()));
            while (batch.size() < BATCH_SIZE && stream.peek().isPresent()) {
                batch.add(position(stream.nextAvailable()));
            }
        }
        return batch;
    }

    private static long position(TrackedEventMessage<?> event) {
        return ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
    }

    /** Events that arrive when the test says; every stream sees all of them. */
    private static final class Store implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final List<TrackedEventMessage<?>> events = new ArrayList<>();

        void arrive(int count) {
            for (int n = 0; n < count; n++) {
                long index = events.size();
                events.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(index),
                        GenericEventMessage.asEventMessage("event " + index)));
            }
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
            return new Stream();
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }

        @Override
        public TrackingToken createHeadToken() {
            return new GlobalSequenceTrackingToken(events.size() - 1);
        }

        private final class Stream implements BlockingStream<TrackedEventMessage<?>> {
            private int next;

            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return next < events.size() ? Optional.of(events.get(next)) : Optional.empty();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                return next < events.size();
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() {
                return events.get(next++);
            }

            @Override
            public void close() {
            }
        }
    }

    private static final class FakeClock implements GatheredEvents.Clock {
        private long now = 1_000 * MS;
        private final List<Long> slept = new ArrayList<>();
        private Runnable whileSleeping = () -> { };

        void advance(long nanos) {
            now += nanos;
        }

        void whileSleeping(Runnable arrivals) {
            whileSleeping = arrivals;
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            slept.add(nanos);
            now += nanos;
            whileSleeping.run();
        }
    }
}
