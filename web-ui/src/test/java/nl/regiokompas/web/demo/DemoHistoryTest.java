package nl.regiokompas.web.demo;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo history is stamped over the past years and marked as demo; a user's command is stamped with the
 * current time and never marked, also while and after the demo history is written.
 */
class DemoHistoryTest extends IntegrationTest {

    private static final String THEME = "LEERLINGENVERVOER";

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventStore eventStore;

    @Test
    void a_demo_history_spans_more_than_a_year_and_its_lead_times_are_days() {
        String assessmentId = writeDemoHistory(2);

        List<JsonNode> decisions = awaitDecisions(assessmentId, 2);
        for (JsonNode decision : decisions) {
            assertThat(decision.get("leadTimeDays").asDouble()).as(decision.toString()).isGreaterThanOrEqualTo(1.0);
        }
        Instant first = Instant.parse(decisions.get(0).get("firstProposedAt").asText());
        Instant last = Instant.parse(decisions.get(1).get("decidedAt").asText());
        assertThat(Duration.between(first, last)).isGreaterThan(Duration.ofDays(365));
        assertThat(last).isBefore(Instant.now());
    }

    @Test
    void every_event_of_the_demo_history_is_marked_as_demo_and_lies_in_the_past() {
        Instant before = Instant.now();
        String assessmentId = writeDemoHistory(1);

        List<DomainEventMessage<?>> events = eventsOf(assessmentId);
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry(AuditMetaData.DEMO, "true")
                    .doesNotContainKey(DemoClock.DEMO_AT);
            assertThat(event.getTimestamp()).isBefore(before.minus(Duration.ofDays(30)));
        });
    }

    @Test
    void the_demo_history_weighs_the_form_of_its_themes_through_to_the_choice() {
        String weighingId = writeDemoHistoryOf(1).weighingId().orElseThrow();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Api.Response answer = api.get("raadslid.bun", "/api/weighings/" + weighingId);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode weighing = answer.json();
            assertThat(weighing.get("status").asText()).isEqualTo("GEKOZEN");
            assertThat(weighing.get("scores")).hasSize(weighing.get("gemeenten").size()
                    * weighing.get("forms").size() * weighing.get("criteria").size());
            assertThat(weighing.get("confirmations")).hasSize(weighing.get("gemeenten").size());
            assertThat(weighing.get("zienswijzen")).hasSize(weighing.get("gemeenten").size());
            assertThat(weighing.get("informings")).hasSize(weighing.get("gemeenten").size());
        });
    }

    @Test
    void a_users_command_while_the_demo_clock_runs_gets_the_current_time_and_no_demo_mark() {
        Instant before = Instant.now();

        String assessmentId = DemoClock.during(() -> openAssessmentOverHttp(List.of()));

        assertStampedNowWithoutDemoMark(assessmentId, before);
    }

    @Test
    void a_users_command_right_after_a_demo_history_gets_the_current_time() {
        writeDemoHistory(1);
        Instant before = Instant.now();

        String assessmentId = openAssessmentOverHttp(List.of());

        assertStampedNowWithoutDemoMark(assessmentId, before);
    }

    @Test
    void a_client_cannot_mark_its_command_as_demo_nor_choose_its_moment() {
        Instant before = Instant.now();

        String assessmentId = DemoClock.during(() -> openAssessmentOverHttp(List.of(
                AuditMetaData.DEMO, "true", DemoClock.DEMO_AT, "2020-01-01T00:00:00Z",
                "X-Demo", "true", "metaData", "{\"demoAt\":\"2020-01-01T00:00:00Z\"}")));

        assertStampedNowWithoutDemoMark(assessmentId, before);
    }

    private void assertStampedNowWithoutDemoMark(String assessmentId, Instant before) {
        List<DomainEventMessage<?>> events = eventsOf(assessmentId);
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getTimestamp()).isBetween(before, Instant.now());
            assertThat(event.getMetaData()).doesNotContainKeys(AuditMetaData.DEMO, DemoClock.DEMO_AT);
        });
    }

    /** Opens an assessment as strateeg.bun with these extra headers, and demo fields in the body as well. */
    private String openAssessmentOverHttp(List<String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/assessments"))
                .header("Authorization", Api.basic("strateeg.bun"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.toJson(body("themeCode", THEME))));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            Api.Response answer = new Api.Response(response.statusCode(), "", response.body());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            return answer.json().get("assessmentId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String writeDemoHistory(int cycles) {
        return writeDemoHistoryOf(cycles).assessmentIds().get(0);
    }

    private DemoHistory.Written writeDemoHistoryOf(int cycles) {
        FrameworkContent framework = queries.query(new FindFramework(null),
                ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join().orElseThrow().content();
        FrameworkContent.Theme theme = framework.themes().stream()
                .filter(candidate -> candidate.code().equals(THEME)).findFirst().orElseThrow();
        return new DemoHistory(commands, framework, 2028).write(List.of(theme), cycles);
    }

    /** The events themselves, from sequence 0: a snapshot is stamped when it is taken and carries no mark. */
    private List<DomainEventMessage<?>> eventsOf(String assessmentId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(assessmentId, 0).forEachRemaining(events::add);
        return events;
    }

    private List<JsonNode> awaitDecisions(String assessmentId, int expected) {
        List<JsonNode> mine = new ArrayList<>();
        Supplier<JsonNode> evaluation = () -> api.get("raadslid.bun", "/api/evaluation?from=2000-01-01").json();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            mine.clear();
            evaluation.get().get("themes").forEach(theme -> theme.get("decisions").forEach(decision -> {
                if (decision.get("assessmentId").asText().equals(assessmentId)) {
                    mine.add(decision);
                }
            }));
            assertThat(mine).hasSize(expected);
        });
        return mine;
    }
}
