package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.ConfirmationOutcome;

import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.MANDATE;
import static nl.regiokompas.command.assessment.AssessmentEvents.PACKAGE_EVENTS;
import static nl.regiokompas.command.assessment.AssessmentEvents.packaged;
import static nl.regiokompas.command.assessment.AssessmentEvents.responsibilitiesOfThePackage;
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

class ConfirmationTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static ConfirmByBestuurder confirm(String gemeente, int revision) {
        return new ConfirmByBestuurder(ID, gemeente, revision, null, null);
    }

    @Test
    void a_bestuurder_confirms_the_current_revision_for_the_own_gemeente() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, "Akkoord namens Bunnik", null), Callers.bestuurder("BUN"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "BUN", 1, "Akkoord namens Bunnik"))
                .expectResultMessagePayload(new ConfirmationOutcome(2L + PACKAGE_EVENTS, false));
    }

    @Test
    void confirmation_by_bestuurder_of_another_gemeente_is_refused() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(confirm("BUN", 1), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een bestuurder bevestigt alleen voor de eigen gemeente (Houten), niet voor Bunnik.")
                .expectNoEvents();
    }

    @Test
    void a_strateeg_may_not_confirm() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(confirm("BUN", 1), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void the_programmateam_may_not_confirm_for_a_gemeente() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(confirm("BUN", 1), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_gemeente_that_does_not_take_part_cannot_confirm() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(confirm("ZST", 1), Callers.bestuurder("ZST"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeente"));
    }

    @Test
    void without_a_proposal_there_is_nothing_to_confirm() {
        fixture.given(openedForAll())
                .when(confirm("BUN", 1), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er is nog geen voorstel om te bevestigen.");
    }

    @Test
    void an_earlier_revision_cannot_be_confirmed() {
        fixture.given(packaged(openedForAll(), proposed(1), proposed(2)))
                .when(confirm("BUN", 1), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Revisie 1 is niet het actuele voorstel; het actuele voorstel is revisie 2.");
    }

    @Test
    void a_gemeente_confirms_a_revision_only_once() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1)))
                .when(confirm("BUN", 1), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("De bestuurder van Bunnik heeft revisie 1 al bevestigd.");
    }

    @Test
    void a_new_revision_voids_the_confirmations_of_earlier_ones() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), proposed(2)))
                .when(confirm("HOU", 2), Callers.bestuurder("HOU"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "HOU", 2, null))
                .expectResultMessagePayload(new ConfirmationOutcome(4L + PACKAGE_EVENTS, false));
    }

    @Test
    void the_last_confirmation_records_the_decision_with_who_confirmed_when() {
        Instant now = fixture.currentTime();
        fixture.given(packaged(openedForBunAndHou(), proposed(1),
                        confirmed("BUN", 1)))
                .when(confirm("HOU", 1), Callers.bestuurder("HOU"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new ConfirmedByBestuurder(ID, 1, "HOU", 1, null)),
                        decisionLike(new DecisionRecorded(ID, "any", "JEUGD", 1, 1, allRegionaal(),
                                responsibilitiesOfThePackage(),
                                List.of(new Precondition("p-0", "MIDDELEN", "Gedeeld budget")),
                                List.of(new Confirmation("BUN", 1, "bestuurder.bun", now),
                                        new Confirmation("HOU", 1, "bestuurder.hou", now)), List.of(), MANDATE, Map.of())),
                        andNoMore())))
                .expectResultMessagePayload(new ConfirmationOutcome(4L + PACKAGE_EVENTS, true));
    }

    @Test
    void an_open_intervention_blocks_the_decision() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), interventionOpened("i-1", "BUN"), confirmed("BUN", 1)))
                .when(confirm("HOU", 1), Callers.bestuurder("HOU"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "HOU", 1, null))
                .expectResultMessagePayload(new ConfirmationOutcome(4L + PACKAGE_EVENTS, false));
    }

    @Test
    void a_decided_assessment_takes_no_confirmation() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1), decided("d-1", 1)))
                .when(confirm("HOU", 1), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }
}
