package nl.regiokompas.web.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.regiokompas.query.support.GatheredEvents;
import nl.regiokompas.query.support.ProjectionGroups;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which processors gather events into batches under a steady stream: every projection does; the live updates, whose
 * pushes must not wait, read from the source woken by this instance's commits.
 */
class ProcessorSourcesTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private EventStore eventStore;

    @Test
    void every_projection_reads_the_store_through_the_gathering_source() {
        List<TrackingEventProcessor> projections = trackingProcessors().stream()
                .filter(processor -> !processor.getName().startsWith("live-updates@")).toList();

        assertThat(projections).extracting(TrackingEventProcessor::getName)
                .contains(ProjectionGroups.ASSESSMENT_BOARD, ProjectionGroups.WEIGHINGS);
        assertThat(projections).allSatisfy(processor ->
                assertThat(processor.getMessageSource()).as(processor.getName()).isInstanceOf(GatheredEvents.class));
    }

    @Test
    void the_live_updates_read_the_commit_woken_source_without_gathering() {
        assertThat(trackingProcessors()).filteredOn(processor -> processor.getName().startsWith("live-updates@"))
                .singleElement()
                .satisfies(live -> assertThat(live.getMessageSource())
                        .isNotInstanceOf(GatheredEvents.class)
                        .isNotSameAs(eventStore)
                        .extracting(source -> source.getClass().getSimpleName()).isEqualTo("CommitWokenEventSource"));
    }

    private List<TrackingEventProcessor> trackingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast).toList();
    }
}
