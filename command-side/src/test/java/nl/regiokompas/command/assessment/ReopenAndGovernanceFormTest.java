package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.ReopenOutcome;

import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordGovernanceForm;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static nl.regiokompas.command.assessment.AssessmentEvents.reopened;

class ReopenAndGovernanceFormTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static ReopenAssessment reopen(String reason) {
        return new ReopenAssessment(ID, reason, null);
    }

    private static RecordGovernanceForm governanceForm(String form) {
        return new RecordGovernanceForm(ID, form, "Vorm volgt inhoud: regionale inkoop", null);
    }

    @Test
    void the_programmateam_reopens_a_decided_assessment_for_the_next_cycle() {
        fixture.given(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1), decided("d-1", 1))
                .when(reopen("Evaluatie 2028"), Callers.programmateam())
                .expectEvents(new AssessmentReopened(ID, 2, "d-1", "Evaluatie 2028"))
                .expectResultMessagePayload(new ReopenOutcome(2, 5L));
    }

    @Test
    void an_assessment_that_is_not_decided_cannot_be_reopened() {
        fixture.given(openedForBunAndHou(), proposed(1))
                .when(reopen("Evaluatie 2028"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Alleen een bestuurlijk bevestigd afwegingstraject kan worden heropend.");
    }

    @Test
    void a_strateeg_may_not_reopen() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1))
                .when(reopen("Evaluatie 2028"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void reopening_needs_a_reason() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1))
                .when(reopen(" "), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"));
    }

    @Test
    void a_reopened_assessment_takes_input_in_the_new_cycle() {
        fixture.given(openedForBunAndHou(), input("BUN", "BELEID", "C3", "LOKAAL"), decided("d-1", 1),
                        reopened(2, "d-1"))
                .when(new RecordCriterionInput(ID, "BUN", "BELEID", "C3", "REGIONAAL", "Nieuwe inzichten", null),
                        Callers.strateeg("BUN"))
                .expectEvents(new CriterionInputRecorded(ID, 2, "BUN", "BELEID", "C3", "REGIONAAL",
                        "Nieuwe inzichten"));
    }

    @Test
    void reopening_clears_the_proposal_of_the_earlier_cycle() {
        fixture.given(openedForBunAndHou(), proposed(1), decided("d-1", 1), reopened(2, "d-1"))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er is nog geen voorstel om te bevestigen.");
    }

    @Test
    void a_reopened_assessment_cannot_be_reopened_again_before_a_new_decision() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1), reopened(2, "d-1"))
                .when(reopen("Nog een keer"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void the_governance_form_is_no_longer_recorded_on_the_assessment_but_chosen_in_a_weighing() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1))
                .when(governanceForm("CENTRUMREGELING_UITGEBREID"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(GovernanceFormByWeighing.REFUSAL)
                .expectNoEvents();
    }

    @Test
    void a_governance_form_recorded_before_the_weighing_stays_in_the_history_and_the_assessment_reopens() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1),
                        new GovernanceFormRecorded(ID, 1, "NETWERK", "Vastgelegd voor de vormafweging bestond"))
                .when(reopen("Evaluatie"), Callers.programmateam())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_governance_form_follows_a_decision() {
        fixture.given(openedForBunAndHou(), proposed(1))
                .when(governanceForm("NETWERK"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_bestuurder_may_not_record_the_governance_form() {
        fixture.given(openedForBunAndHou(), decided("d-1", 1))
                .when(governanceForm("NETWERK"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
