package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The events of an assessment that nobody on this instance watches are not folded (see {@link LiveUpdates}); a
 * subscriber who comes later still gets, from its first push on, exactly the document the API reads at that version.
 */
class UnwatchedAssessmentTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private EventStore eventStore;

    @Test
    void a_subscriber_after_unwatched_events_gets_the_whole_document_and_every_later_change() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
        jeugd.input("ZST", "BELEID", "C2", "LOKAAL", "Lokale accenten.");
        jeugd.input("HOU", "UITVOERING", "C3", null, "Nog open.");
        awaitLiveProcessorAtHead();

        try (StompTestClient houten = StompTestClient.connect(port, "strateeg.hou")) {
            StompTestClient.Subscription events = houten.subscribe("/topic/assessments/" + jeugd.assessmentId);
            LiveUpdatesTest.awaitSubscribed();
            // each push is compared before the next input: a read at minVersion gives the newest document
            jeugd.input("UHR", "BELEID", "C1", "REGIONAAL", "Samen optrekken.");
            assertPushedAsRead(events.nextChange(), jeugd, 4);
            jeugd.input("WBD", "BELEID", "C4", "LOKAAL", "Eigen koers.");
            assertPushedAsRead(events.next(), jeugd, 5);
        }
    }

    @Test
    void a_subscriber_after_a_gap_of_unwatched_events_gets_the_document_with_the_events_in_the_gap() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        try (StompTestClient first = StompTestClient.connect(port, "strateeg.bun")) {
            StompTestClient.Subscription events = first.subscribe("/topic/assessments/" + wmo.assessmentId);
            LiveUpdatesTest.awaitSubscribed();
            wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Een.");
            assertPushedAsRead(events.nextChange(), wmo, 1);
        }
        wmo.input("HOU", "BELEID", "C2", "LOKAAL", "Twee, door niemand gezien.");
        wmo.input("ZST", "BELEID", "C3", "REGIONAAL", "Drie, door niemand gezien.");
        awaitLiveProcessorAtHead();

        try (StompTestClient again = StompTestClient.connect(port, "strateeg.zst")) {
            StompTestClient.Subscription events = again.subscribe("/topic/assessments/" + wmo.assessmentId);
            LiveUpdatesTest.awaitSubscribed();
            wmo.input("UHR", "UITVOERING", "C1", null, "Vier.");
            JsonNode fourth = events.nextChange();
            assertPushedAsRead(fourth, wmo, 4);
            assertThat(fourth.get("document").get("inputs")).hasSize(4);
            wmo.input("WBD", "UITVOERING", "C2", "LOKAAL", "Vijf.");
            assertPushedAsRead(events.next(), wmo, 5);
        }
    }

    private void assertPushedAsRead(JsonNode pushed, AssessmentScenarios assessment, long version) {
        assertThat(pushed.get("sequence").asLong()).isEqualTo(version);
        JsonNode read = api.get("strateeg.hou", assessment.path("?minVersion=" + version)).json();
        ((ObjectNode) read).remove("allowedActions");
        assertThat(pushed.get("document")).isEqualTo(read);
    }

    /** Waits until this instance's live processor has handled every event stored so far (those of this assessment too). */
    private void awaitLiveProcessorAtHead() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        List<StreamingEventProcessor> live = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(LiveUpdates.GROUP + "@"))
                .map(entry -> (StreamingEventProcessor) entry.getValue()).toList();
        assertThat(live).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> live.stream().allMatch(processor -> processor
                .processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head)));
    }
}
