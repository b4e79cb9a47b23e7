package nl.regiokompas.command.assessment;

import java.time.LocalDate;

import nl.regiokompas.api.assessment.DiscussionSubject;
import nl.regiokompas.api.assessment.FollowUp;
import nl.regiokompas.api.assessment.FollowUpRecorded;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.FormalDecisionRecorded;
import nl.regiokompas.api.assessment.GremiumDiscussionRecorded;
import nl.regiokompas.api.assessment.RecordFollowUp;
import nl.regiokompas.api.assessment.RecordFormalDecision;
import nl.regiokompas.api.assessment.RecordGremiumDiscussion;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;

/** Issue 11 §4: formal decisions next to the bestuurlijke bevestiging, the gremia that discussed it, the follow-up. */
class FormalDecisionTest {

    private static final LocalDate ON = LocalDate.of(2027, 5, 11);

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static RecordFormalDecision formal(String gemeente, FormalBody body) {
        return new RecordFormalDecision(ID, gemeente, body, ON, "Z-2027-114", "https://bunnik.raadsinformatie.nl/1",
                null);
    }

    @Test
    void the_bestuurder_records_the_college_decision_of_the_own_gemeente() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(formal("BUN", FormalBody.COLLEGE), Callers.bestuurder("BUN"))
                .expectEvents(new FormalDecisionRecorded(ID, 1, "d-1", "BUN", FormalBody.COLLEGE, ON, "Z-2027-114",
                        "https://bunnik.raadsinformatie.nl/1"));
    }

    @Test
    void a_bestuurder_records_no_decision_of_another_gemeente() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(formal("HOU", FormalBody.COLLEGE), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een bestuurder legt alleen besluiten van de eigen gemeente (Bunnik) vast, niet van Houten.");
    }

    @Test
    void the_programmateam_records_the_bestuurstafel_decision() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(formal(null, FormalBody.BESTUURSTAFEL), Callers.programmateam())
                .expectEvents(new FormalDecisionRecorded(ID, 1, "d-1", null, FormalBody.BESTUURSTAFEL, ON,
                        "Z-2027-114", "https://bunnik.raadsinformatie.nl/1"));
    }

    @Test
    void the_programmateam_records_no_college_decision() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(formal("BUN", FormalBody.COLLEGE), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_strateeg_records_no_formal_decision() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(formal("BUN", FormalBody.COLLEGE), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_formal_decision_waits_for_the_bestuurlijke_bevestiging() {
        fixture.given(openedForAll(), proposed(1))
                .when(formal("BUN", FormalBody.COLLEGE), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_formal_decision_is_recorded_once_per_gemeente_and_body() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1),
                        new FormalDecisionRecorded(ID, 1, "d-1", "BUN", FormalBody.COLLEGE, ON, "Z-1", null))
                .when(formal("BUN", FormalBody.COLLEGE), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Het besluit van het college van Bunnik is al vastgelegd.");
    }

    @Test
    void a_formal_decision_needs_date_and_reference_and_a_web_link_if_any() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new RecordFormalDecision(ID, "BUN", FormalBody.RAAD, null, "Z-1", null, null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "date"));
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new RecordFormalDecision(ID, "BUN", FormalBody.RAAD, ON, " ", null, null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "reference"));
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new RecordFormalDecision(ID, "BUN", FormalBody.RAAD, ON, "Z-1", "javascript:alert(1)", null),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "url"));
    }

    @Test
    void a_gremium_of_the_framework_discussed_a_revision() {
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordGremiumDiscussion(ID, "BT", ON, 1, null, "Positief", null), Callers.programmateam())
                .expectEvents(new GremiumDiscussionRecorded(ID, 1, "BT", ON, DiscussionSubject.REVISIE, 1, null,
                        "Positief"));
    }

    @Test
    void a_gremium_discussed_a_confirmation_that_exists() {
        fixture.given(openedForAll(), proposed(1), confirmed("BUN", 1))
                .when(new RecordGremiumDiscussion(ID, "BT", ON, 1, "BUN", null, null), Callers.bestuurder("BUN"))
                .expectEvents(new GremiumDiscussionRecorded(ID, 1, "BT", ON, DiscussionSubject.BEVESTIGING, 1, "BUN",
                        null));
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordGremiumDiscussion(ID, "BT", ON, 1, "HOU", null, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("De bestuurder van Houten heeft revisie 1 niet bevestigd.");
    }

    @Test
    void an_unknown_gremium_or_revision_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordGremiumDiscussion(ID, "KOFFIE", ON, 1, null, null, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "gremium"));
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordGremiumDiscussion(ID, "BT", ON, 7, null, null, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "revision"));
    }

    @Test
    void the_programmateam_records_the_follow_up_after_the_bestuurlijke_bevestiging() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new RecordFollowUp(ID, FollowUp.NADERE_UITWERKING, "Eerst inkoop", null), Callers.programmateam())
                .expectEvents(new FollowUpRecorded(ID, 1, "d-1", FollowUp.NADERE_UITWERKING, "Eerst inkoop"));
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordFollowUp(ID, FollowUp.DIRECT_OPGEPAKT, null, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new RecordFollowUp(ID, FollowUp.DIRECT_OPGEPAKT, null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
