package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.messaging.simp.stomp.StompHeaders;

class LiveUpdatesTest extends IntegrationTest {

    private static AssessmentScenarios watchedByWildcards;

    @Test
    void every_event_of_an_assessment_is_pushed_in_order_with_its_version() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        try (StompTestClient houten = StompTestClient.connect(port, "strateeg.hou")) {
            StompTestClient.Subscription events = houten.subscribe("/topic/assessments/" + jeugd.assessmentId);
            awaitSubscribed();

            jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
            jeugd.input("ZST", "BELEID", "C2", "LOKAAL", "Lokale accenten.");
            jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);

            List<Long> sequences = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                JsonNode event = events.nextChange();
                assertThat(event.get("assessmentId").asText()).isEqualTo(jeugd.assessmentId);
                assertThat(event.get("version").asLong()).isEqualTo(event.get("sequence").asLong());
                sequences.add(event.get("sequence").asLong());
            }
            assertThat(sequences).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void a_pushed_event_names_its_type_actor_and_payload() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        try (StompTestClient zeist = StompTestClient.connect(port, "strateeg.zst")) {
            StompTestClient.Subscription events = zeist.subscribe("/topic/assessments/" + wmo.assessmentId);
            awaitSubscribed();

            wmo.input("UHR", "UITVOERING", "C3", "REGIONAAL", "Aanbieders werken regionaal.");

            JsonNode event = events.nextChange();
            assertThat(event.get("type").asText()).isEqualTo("CriterionInputRecorded");
            assertThat(event.get("actor").get("userId").asText()).isEqualTo("strateeg.uhr");
            assertThat(event.get("payload").get("criterion").asText()).isEqualTo("C3");
            assertThat(event.get("occurredAt").asText()).endsWith("Z");
        }
    }

    @Test
    void a_pushed_event_carries_the_document_as_of_its_version_equal_to_the_document_read_afterwards() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        try (StompTestClient houten = StompTestClient.connect(port, "strateeg.hou")) {
            StompTestClient.Subscription events = houten.subscribe("/topic/assessments/" + jeugd.assessmentId);
            awaitSubscribed();

            jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
            jeugd.input("ZST", "BELEID", "C2", "LOKAAL", "Lokale accenten.");

            JsonNode first = events.nextChange();
            JsonNode second = events.next();
            assertThat(first.get("document").get("version").asLong()).isEqualTo(1);
            assertThat(first.get("document").get("inputs")).hasSize(1);
            assertThat(second.get("document").get("version").asLong()).isEqualTo(2);
            assertThat(second.get("description").asText())
                    .isEqualTo("Zeist gaf input op 'Maatwerk en lokale variatie' (Beleid), neiging lokaal");
            JsonNode read = api.get("strateeg.hou", jeugd.path("?minVersion=2")).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) read).remove("allowedActions");
            assertThat(second.get("document")).isEqualTo(read);
        }
    }

    @Test
    void a_push_says_when_what_users_may_do_next_can_have_changed() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        try (StompTestClient bunnik = StompTestClient.connect(port, "bestuurder.bun")) {
            StompTestClient.Subscription events = bunnik.subscribe("/topic/assessments/" + wmo.assessmentId);
            awaitSubscribed();

            wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
            wmo.propose(AssessmentScenarios.REGIONAL_SCALES);

            assertThat(events.nextChange().get("allowedActionsChanged").asBoolean()).as("an input").isFalse();
            // the rest of the complete package comes before the proposal
            JsonNode push = events.next();
            while (!"ThemeScaleProposed".equals(push.path("type").asText())) {
                push = events.next();
            }
            assertThat(push.get("allowedActionsChanged").asBoolean()).as("a proposal").isTrue();
        }
    }

    @Test
    void the_list_topic_announces_opened_assessments() {
        try (StompTestClient programmateam = StompTestClient.connect(port, "programmateam")) {
            StompTestClient.Subscription list = programmateam.subscribe("/topic/assessments");
            awaitSubscribed();

            AssessmentScenarios opened = AssessmentScenarios.open(api, "LEERLINGENVERVOER");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode change = list.next();
                assertThat(change.get("assessmentId").asText()).isEqualTo(opened.assessmentId);
                assertThat(change.get("type").asText()).isEqualTo("AssessmentOpened");
            });
        }
    }

    @Test
    void presence_lists_everyone_looking_and_drops_who_leaves() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "SOCIALE_TEAMS");
        String topic = "/topic/assessments/" + jeugd.assessmentId;
        try (StompTestClient bunnik = StompTestClient.connect(port, "strateeg.bun");
             StompTestClient houten = StompTestClient.connect(port, "strateeg.hou")) {
            PresenceWatcher presence = new PresenceWatcher(bunnik.subscribe(topic + "/presence"));
            bunnik.subscribe(topic);
            houten.subscribe(topic);

            await().atMost(Duration.ofSeconds(5)).until(() -> presence.viewers().equals(List.of("strateeg.bun", "strateeg.hou")));

            houten.close();

            await().atMost(Duration.ofSeconds(5)).until(() -> presence.viewers().equals(List.of("strateeg.bun")));
        }
    }

    @Test
    void a_raadslid_may_not_subscribe_to_presence() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        try (StompTestClient raadslid = StompTestClient.connect(port, "raadslid.wbd")) {
            raadslid.subscribe("/topic/assessments/" + jeugd.assessmentId + "/presence");

            await().atMost(Duration.ofSeconds(5)).until(() -> !raadslid.errors.isEmpty());
            // The ERROR frame comes first; the server then closes the connection, which a client under load
            // may notice before it has handed the frame over.
            assertThat(raadslid.errors.get(0)).satisfiesAnyOf(
                    error -> assertThat(error).startsWith("Geen toegang"),
                    error -> assertThat(error).startsWith(StompTestClient.CLOSED_BY_SERVER));
        }
    }

    /**
     * The simple broker reads a subscription with wildcards as a pattern over many destinations, so a
     * wildcard that the authorization let through as "an assessment topic" would deliver presence too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/topic/assessments/**", "/topic/**", "/topic/assessments/*", "/topic/assessments/{id}",
            "/topic/assessments/ID/*", "/topic/assessments/ID/presenc?", "/topic/assessments/{id}/presence",
            "/topic/assessments/*/presence", "/topic/*/ID/presence"})
    void a_raadslid_subscribing_with_a_wildcard_is_refused_and_sees_no_presence(String pattern) throws InterruptedException {
        AssessmentScenarios jeugd = watchedByWildcards();
        try (StompTestClient raadslid = StompTestClient.connect(port, "raadslid.uhr");
             StompTestClient strateeg = StompTestClient.connect(port, "strateeg.uhr")) {
            StompTestClient.Subscription wildcard = raadslid.subscribe(pattern.replace("ID", jeugd.assessmentId));
            strateeg.subscribe("/topic/assessments/" + jeugd.assessmentId);
            PresenceWatcher presence = new PresenceWatcher(
                    strateeg.subscribe("/topic/assessments/" + jeugd.assessmentId + "/presence"));
            await().atMost(Duration.ofSeconds(5)).until(() -> presence.viewers().contains("strateeg.uhr"));

            await().atMost(Duration.ofSeconds(5)).until(() -> !raadslid.errors.isEmpty());
            assertThat(wildcard.poll(500)).as("a message through " + pattern).isNull();
        }
    }

    /** One assessment for all wildcard cases, so that they add no events for the live processor to push. */
    private AssessmentScenarios watchedByWildcards() {
        if (watchedByWildcards == null) {
            watchedByWildcards = AssessmentScenarios.open(api, "JEUGD");
        }
        return watchedByWildcards;
    }

    @Test
    void a_strateeg_subscribing_with_a_wildcard_is_refused() {
        try (StompTestClient strateeg = StompTestClient.connect(port, "strateeg.wbd")) {
            strateeg.subscribe("/topic/assessments/*");

            await().atMost(Duration.ofSeconds(5)).until(() -> !strateeg.errors.isEmpty());
            assertThat(strateeg.errors.get(0)).satisfiesAnyOf(
                    error -> assertThat(error).startsWith("Geen toegang"),
                    error -> assertThat(error).startsWith(StompTestClient.CLOSED_BY_SERVER));
        }
    }

    @Test
    void a_raadslid_may_follow_the_events_of_an_assessment() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "TOEZICHT");
        try (StompTestClient raadslid = StompTestClient.connect(port, "raadslid.wbd")) {
            StompTestClient.Subscription events = raadslid.subscribe("/topic/assessments/" + jeugd.assessmentId);
            awaitSubscribed();

            jeugd.input("WBD", "BELEID", "C5", null, "Risico's delen.");

            assertThat(events.nextChange().get("sequence").asLong()).isEqualTo(1);
            assertThat(raadslid.errors).isEmpty();
        }
    }

    @Test
    void a_reconnecting_client_catches_up_without_gaps_or_duplicates() throws InterruptedException {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "WERK_INKOMEN");
        String topic = "/topic/assessments/" + jeugd.assessmentId;
        TreeMap<Long, String> seen = new TreeMap<>();
        List<Long> duplicates = new ArrayList<>();

        try (StompTestClient first = StompTestClient.connect(port, "strateeg.bun")) {
            StompTestClient.Subscription events = first.subscribe(topic);
            awaitSubscribed();
            jeugd.input("BUN", "BELEID", "C1", null, "Een.");
            jeugd.input("HOU", "BELEID", "C1", null, "Twee.");
            for (int i = 0; i < 2; i++) {
                record(events.nextChange(), seen, duplicates);
            }
        }
        jeugd.input("UHR", "BELEID", "C1", null, "Drie, gemist.");
        jeugd.input("WBD", "BELEID", "C1", null, "Vier, gemist.");

        try (StompTestClient again = StompTestClient.connect(port, "strateeg.bun")) {
            StompTestClient.Subscription events = again.subscribe(topic);
            awaitSubscribed();
            jeugd.input("ZST", "BELEID", "C1", null, "Vijf, terwijl de client bijwerkt.");
            for (JsonNode missed : api.get("strateeg.bun", jeugd.path("/history?afterSequence=" + seen.lastKey())).json()) {
                record(missed, seen, duplicates);
            }
            JsonNode live;
            while ((live = events.poll(1000)) != null) {
                if (!seen.containsKey(live.get("sequence").asLong())) {
                    record(live, seen, duplicates);
                }
            }
        }

        assertThat(duplicates).isEmpty();
        assertThat(seen.keySet()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void a_browser_connect_without_csrf_token_is_refused() {
        assertThatThrownBy(() -> StompTestClient.connect(port, "strateeg.bun", "http://localhost:" + port,
                new StompHeaders()).close())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_handshake_from_a_foreign_origin_is_refused() {
        assertThatThrownBy(() -> StompTestClient.connect(port, "strateeg.bun", "https://evil.example",
                new StompHeaders()).close())
                .isInstanceOf(IllegalStateException.class);
    }

    private static void record(JsonNode event, TreeMap<Long, String> seen, List<Long> duplicates) {
        long sequence = event.get("sequence").asLong();
        if (seen.put(sequence, event.get("type").asText()) != null) {
            duplicates.add(sequence);
        }
    }

    /** A SUBSCRIBE frame is asynchronous; give the broker a moment to register it before events flow. */
    static void awaitSubscribed() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
