package nl.regiokompas.command.reflection;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.reflection.RecordReflection;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import nl.regiokompas.command.assessment.Assessment;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;

class ReflectionRecordingTest {

    private static final String ID = "r-1";
    private static final String WERKT_HET = "Werkt het zoals bedoeld?";
    private static final String ROLLEN = "Zijn de rollen helder (rolzuiverheid)?";

    private AggregateTestFixture<Reflection> fixture;

    @BeforeEach
    void setUp() {
        EventStore assessments = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        assessments.publish(new GenericDomainEventMessage<>("Assessment", "a-1", 0,
                new AssessmentOpened("a-1", "JEUGD", "Jeugd", ZouFramework.GEMEENTEN, 1, 1, ZouFramework.terms())));
        fixture = Fixtures.withAuditMetaData(new AggregateTestFixture<>(Reflection.class));
        fixture.registerAnnotatedCommandHandler(new ReflectionRecording(Fixtures.zouFrameworkRepository(1),
                EventSourcingRepository.builder(Assessment.class).eventStore(assessments).build(),
                fixture.getRepository(), new RegionProperties(ZouFramework.REGION)));
    }

    private static Map<String, String> answers(String... promptsAndTexts) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < promptsAndTexts.length; i += 2) {
            answers.put(promptsAndTexts[i], promptsAndTexts[i + 1]);
        }
        return answers;
    }

    @Test
    void a_bestuurder_records_a_reflection_on_an_assessment() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, "a-1", "BESTUURLIJK", answers(WERKT_HET, "Grotendeels"),
                        "De Bestuurstafel werkt"), Callers.bestuurder("BUN"))
                .expectEvents(new ReflectionRecorded(ID, "a-1", "BESTUURLIJK", answers(WERKT_HET, "Grotendeels"),
                        "De Bestuurstafel werkt"))
                .expectResultMessagePayload(ID);
    }

    @Test
    void a_reflection_may_stand_on_its_own_with_only_answers() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", answers(ROLLEN, "Nog niet"), null),
                        Callers.strateeg("HOU"))
                .expectEvents(new ReflectionRecorded(ID, null, "AMBTELIJK", answers(ROLLEN, "Nog niet"), null));
    }

    @Test
    void a_reflection_on_an_unknown_assessment_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, "a-404", "AMBTELIJK", Map.of(), "Tekst"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_FOUND))
                .expectExceptionMessage("Afwegingstraject 'a-404' bestaat niet.");
    }

    @Test
    void an_unknown_level_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "POLITIEK", Map.of(), "Tekst"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "level"))
                .expectExceptionMessage("Onbekend niveau 'POLITIEK'; kies uit bestuurlijk, ambtelijk, uitvoerend.");
    }

    @Test
    void an_answer_to_an_unknown_prompt_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", answers("Hoe gaat het?", "Goed"), null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "answers"));
    }

    @Test
    void a_blank_answer_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", answers(WERKT_HET, " "), "Tekst"),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "answers"));
    }

    @Test
    void a_reflection_without_text_or_answers_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", Map.of(), " "), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "text"));
    }

    @Test
    void a_text_longer_than_10000_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", Map.of(), "x".repeat(10_001)),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "text"));
    }

    @Test
    void a_raadslid_may_not_record_a_reflection() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, null, "AMBTELIJK", Map.of(), "Tekst"), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
