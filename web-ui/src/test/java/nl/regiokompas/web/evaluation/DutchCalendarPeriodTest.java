package nl.regiokompas.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A period given as dates is a span of Dutch calendar days: a reflection recorded half an hour into New Year's
 * Day in Dutch time (still New Year's Eve in UTC) belongs to the new year, in the lists and in the report.
 * The years 1994-1995 hold no other test's events.
 */
class DutchCalendarPeriodTest extends IntegrationTest {

    /** 1995-01-01 00:30 in Dutch time (CET, UTC+1). */
    private static final Instant NEW_YEARS_NIGHT = Instant.parse("1994-12-31T23:30:00Z");
    private static String reflectionId;

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void recordOneReflectionOnNewYearsNight() {
        synchronized (DutchCalendarPeriodTest.class) {
            if (reflectionId == null) {
                String id = "r-" + UUID.randomUUID();
                GenericDomainEventMessage<ReflectionRecorded> event = new GenericDomainEventMessage<>("Reflection",
                        id, 0, new GenericMessage<>(new ReflectionRecorded(id, null, "BESTUURLIJK",
                        Map.of("werkt het zoals bedoeld?", "Ja"), "Nieuwjaarsnacht"),
                        MetaData.with(AuditMetaData.USER_ID, "u-bea").and(AuditMetaData.USER_NAME, "Bea Bestuurder")),
                        NEW_YEARS_NIGHT);
                transactions.executeWithoutResult(status -> eventStore.publish(event));
                reflectionId = id;
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        api.get("raadslid.bun", "/api/reflections?from=1994-06-01&to=1995-06-01").body(),
                        body -> body.contains(id));
            }
        }
    }

    @Test
    void a_list_from_new_years_day_includes_the_first_half_hour_of_that_day_in_dutch_time() {
        assertThat(api.get("raadslid.bun", "/api/reflections?from=1995-01-01&to=1996-01-01").body())
                .contains(reflectionId);
    }

    @Test
    void a_list_up_to_new_years_day_ends_at_dutch_midnight() {
        assertThat(api.get("raadslid.bun", "/api/reflections?from=1994-01-01&to=1995-01-01").body())
                .doesNotContain(reflectionId);
    }

    @Test
    void the_report_of_the_new_year_counts_it_in_its_first_quarter_and_year() {
        JsonNode reflections = api.get("raadslid.bun", "/api/evaluation/report?from=1995-01-01&to=1996-01-01")
                .json().get("reflections");

        assertThat(reflections.get("total").asInt()).isEqualTo(1);
        assertThat(reflections.at("/perYear/0/key").asText()).isEqualTo("1995");
        assertThat(reflections.at("/perYear/0/total").asInt()).isEqualTo(1);
        assertThat(reflections.get("perYear")).hasSize(1);
    }

    @Test
    void the_report_of_the_old_year_does_not_count_it() {
        JsonNode reflections = api.get("raadslid.bun", "/api/evaluation/report?from=1994-01-01&to=1995-01-01")
                .json().get("reflections");

        assertThat(reflections.get("total").asInt()).isZero();
        assertThat(reflections.get("perYear")).hasSize(1);
        assertThat(reflections.at("/perYear/0/key").asText()).isEqualTo("1994");
    }
}
