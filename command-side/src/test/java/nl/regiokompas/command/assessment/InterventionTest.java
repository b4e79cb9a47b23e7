package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.decisionLike;
import static nl.regiokompas.command.assessment.AssessmentEvents.interventionOpened;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

class InterventionTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static IntervenLocally intervene(String interventionId, String gemeente) {
        return new IntervenLocally(ID, interventionId, gemeente, "UITVOERING", InterventionKind.BEZWAAR,
                "Lokale wijkteams verdwijnen", null);
    }

    private static ResolveIntervention resolve(String interventionId, InterventionOutcome outcome) {
        return new ResolveIntervention(ID, interventionId, outcome, "Besproken in de Bestuurstafel", null);
    }

    @Test
    void a_bestuurder_intervenes_locally_for_the_own_gemeente() {
        fixture.given(openedForAll(), proposed(1))
                .when(intervene("i-1", "BUN"), Callers.bestuurder("BUN"))
                .expectEvents(new LocalInterventionOpened(ID, 1, "i-1", "BUN", "UITVOERING", InterventionKind.BEZWAAR,
                        "Lokale wijkteams verdwijnen", null, 1))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_intervention_for_another_gemeente_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(intervene("i-1", "BUN"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("U intervenieert alleen namens de eigen gemeente (Houten), niet namens Bunnik.");
    }

    @Test
    void the_programmateam_may_not_intervene_locally() {
        fixture.given(openedForAll(), proposed(1))
                .when(intervene("i-1", "BUN"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void an_intervention_by_a_gemeente_that_does_not_take_part_is_refused() {
        fixture.given(openedForBunAndHou(), proposed(1))
                .when(intervene("i-1", "ZST"), Callers.bestuurder("ZST"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeente"));
    }

    @Test
    void an_intervention_on_an_unknown_layer_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(new IntervenLocally(ID, "i-1", "BUN", "FOO", InterventionKind.UITSTEL, "Reden", null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "layer"));
    }

    @Test
    void an_intervention_without_kind_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(new IntervenLocally(ID, "i-1", "BUN", "BELEID", null, "Reden", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kind"));
    }

    @Test
    void an_intervention_without_reason_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(new IntervenLocally(ID, "i-1", "BUN", "BELEID", InterventionKind.UITSTEL, "", null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"))
                .expectExceptionMessage("Vul de reden in.");
    }

    @Test
    void an_intervention_without_id_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(intervene(null, "BUN"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "interventionId"));
    }

    @Test
    void an_intervention_id_is_used_only_once() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "HOU"))
                .when(intervene("i-1", "BUN"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Interventie 'i-1' bestaat al.");
    }

    @Test
    void the_bestuurder_of_the_gemeente_withdraws_an_open_intervention() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"))
                .when(resolve("i-1", InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEvents(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "Besproken in de Bestuurstafel"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_strateeg_may_not_resolve_an_intervention() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"))
                .when(resolve("i-1", InterventionOutcome.INGETROKKEN), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void resolving_an_unknown_intervention_is_not_found() {
        fixture.given(openedForAll(), proposed(1))
                .when(resolve("i-9", InterventionOutcome.VERWORPEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void a_resolved_intervention_cannot_be_resolved_again() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"),
                        new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.VERWORPEN, "Nee"))
                .when(resolve("i-1", InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Interventie 'i-1' is al afgehandeld.");
    }

    @Test
    void a_resolution_without_outcome_is_refused() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"))
                .when(resolve("i-1", null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "outcome"));
    }

    @Test
    void a_resolution_without_note_is_refused() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.INGETROKKEN, " ", null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "note"));
    }

    @Test
    void resolving_the_last_open_intervention_after_every_confirmation_records_the_decision() {
        Instant now = fixture.currentTime();
        fixture.given(openedForBunAndHou(), proposed(1), interventionOpened("i-1", "BUN"), confirmed("BUN", 1),
                        confirmed("HOU", 1))
                .when(resolve("i-1", InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                                "Besproken in de Bestuurstafel")),
                        decisionLike(new DecisionRecorded(ID, "any", "JEUGD", 1, 1, allRegionaal(), List.of(),
                                List.of(), List.of(new Confirmation("BUN", 1, "bestuurder.bun", now),
                                new Confirmation("HOU", 1, "bestuurder.hou", now)), List.of(), AssessmentEvents.MANDATE,
                                java.util.Map.of())),
                        andNoMore())))
                .expectResultMessagePayload(6L);
    }

    @Test
    void resolving_one_of_two_open_interventions_does_not_decide() {
        fixture.given(openedForBunAndHou(), proposed(1), interventionOpened("i-1", "BUN"),
                        interventionOpened("i-2", "HOU"), confirmed("BUN", 1), confirmed("HOU", 1))
                .when(resolve("i-1", InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEvents(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "Besproken in de Bestuurstafel"));
    }

    @Test
    void an_intervention_on_a_decided_assessment_is_refused() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(intervene("i-1", "BUN"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }
}
