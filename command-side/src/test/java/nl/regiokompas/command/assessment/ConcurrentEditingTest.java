package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordGovernanceForm;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.UnseenChange;
import nl.regiokompas.command.Callers;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.interventionOpened;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;

/**
 * Given events get versions 0, 1, 2, ...; a command that carries an older expected version has not seen
 * the later ones. It is merged unless one of those touches the same cell, proposal or confirmation.
 */
class ConcurrentEditingTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static RecordCriterionInput inputSeenAt(long version, String gemeente, String criterion) {
        return new RecordCriterionInput(ID, gemeente, "BELEID", criterion, "REGIONAAL", "Mijn argument", version);
    }

    private static Matcher<ConcurrentChangeRefused> refusedFor(long expected, long actual,
                                                                List<UnseenChange> unseenChanges) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConcurrentChangeRefused refusal) {
                return refusal.expectedVersion() == expected && refusal.actualVersion() == actual
                        && refusal.unseenChanges().equals(unseenChanges);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal seen " + expected + ", now " + actual + ", unseen ")
                        .appendValue(unseenChanges);
            }
        };
    }

    private static Matcher<ConcurrentChangeRefused> refused() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConcurrentChangeRefused refusal) {
                return !refusal.unseenChanges().isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal listing the unseen changes");
            }
        };
    }

    @Test
    void input_on_another_cell_is_merged_with_unseen_input() {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", "LOKAAL"))
                .when(inputSeenAt(0, "BUN", "C3"), Callers.strateeg("BUN"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C3", "REGIONAAL", "Mijn argument"));
    }

    @Test
    void input_on_the_same_cell_as_unseen_input_is_refused_with_that_change() {
        fixture.given(openedForAll(), new GenericEventMessage<>(input("HOU", "BELEID", "C3", "LOKAAL"))
                        .andMetaData(Callers.strateeg("HOU")))
                .when(inputSeenAt(0, "HOU", "C3"), Callers.programmateam())
                .expectException(refusedFor(0, 1, List.of(new UnseenChange(1, "CriterionInputRecorded",
                        "Houten gaf input op 'Partners en infrastructuur' (Beleid), neiging lokaal", "strateeg.hou (strateeg, Houten)",
                        fixture.currentTime()))))
                .expectNoEvents();
    }

    @Test
    void input_after_an_unseen_proposal_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(inputSeenAt(0, "BUN", "C1"), Callers.strateeg("BUN"))
                .expectException(refused());
    }

    @Test
    void input_with_the_current_version_is_accepted() {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", "LOKAAL"))
                .when(inputSeenAt(1, "HOU", "C3"), Callers.strateeg("HOU"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C3", "REGIONAAL", "Mijn argument"));
    }

    @Test
    void a_proposal_is_merged_with_unseen_input() {
        fixture.given(AssessmentEvents.withInputOfEveryone(openedForAll(), "REGIONAAL",
                        input("HOU", "BELEID", "C3", "REGIONAAL")))
                .when(new ProposeThemeScale(ID, allRegionaal(), "Regionaal", 15L), Callers.programmateam())
                .expectEvents(new ThemeScaleProposed(ID, 1, 1, allRegionaal(), "Regionaal", java.util.Map.of(),
                        AssessmentEvents.MANDATE));
    }

    @Test
    void a_proposal_after_an_unseen_proposal_is_refused() {
        fixture.given(openedForAll(), proposed(1))
                .when(new ProposeThemeScale(ID, allRegionaal(), "Regionaal", 0L), Callers.programmateam())
                .expectException(refused());
    }

    @Test
    void a_proposal_after_an_unseen_confirmation_is_refused() {
        fixture.given(openedForAll(), proposed(1), confirmed("BUN", 1))
                .when(new ProposeThemeScale(ID, allRegionaal(), "Regionaal", 1L), Callers.programmateam())
                .expectException(refused());
    }

    @Test
    void a_confirmation_is_merged_with_the_unseen_confirmation_of_another_gemeente() {
        fixture.given(AssessmentEvents.packaged(openedForAll(), proposed(1), confirmed("HOU", 1)))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, null, 11L), Callers.bestuurder("BUN"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "BUN", 1, null));
    }

    @Test
    void a_confirmation_after_an_unseen_new_revision_is_refused() {
        fixture.given(openedForAll(), proposed(1), proposed(2))
                .when(new ConfirmByBestuurder(ID, "BUN", 2, null, 1L), Callers.bestuurder("BUN"))
                .expectException(refused());
    }

    @Test
    void a_responsibility_is_merged_with_an_unseen_one_of_another_kind() {
        fixture.given(openedForAll(), new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "BT"))
                .when(new AssignResponsibility(ID, "BELEID", "ORGANISATIE", "AMBTELIJK", "PT", 0L),
                        Callers.programmateam())
                .expectEvents(new ResponsibilityAssigned(ID, 1, "BELEID", "ORGANISATIE", "AMBTELIJK", "PT"));
    }

    @Test
    void a_responsibility_for_the_same_layer_and_kind_as_an_unseen_one_is_refused() {
        fixture.given(openedForAll(), new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "BT"))
                .when(new AssignResponsibility(ID, "BELEID", "RICHTING", "AMBTELIJK", "PT", 0L),
                        Callers.programmateam())
                .expectException(refused());
    }

    @Test
    void a_precondition_is_merged_with_any_unseen_change_but_a_decision() {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", null))
                .when(new RecordPrecondition(ID, "p-1", "CULTUUR", "Vertrouwen", 0L), Callers.programmateam())
                .expectEvents(new PreconditionRecorded(ID, 1, "p-1", "CULTUUR", "Vertrouwen"));
    }

    @Test
    void an_intervention_after_an_unseen_decision_is_refused() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(new IntervenLocally(ID, "i-1", "BUN", "BELEID", InterventionKind.UITSTEL, "Later", 1L),
                        Callers.bestuurder("BUN"))
                .expectException(refused());
    }

    @Test
    void resolving_an_intervention_that_was_resolved_unseen_is_refused() {
        fixture.given(openedForAll(), proposed(1), interventionOpened("i-1", "BUN"),
                        new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN, "Ingetrokken"))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.VERWORPEN, "Verworpen", 2L),
                        Callers.programmateam())
                .expectException(refused());
    }

    @Test
    void the_governance_form_is_refused_after_any_unseen_change() {
        fixture.given(openedForAll(), decided("d-1", 1), new GenericEventMessage<>(
                        new nl.regiokompas.api.assessment.GovernanceFormRecorded(ID, 1, "NETWERK", "Netwerk")))
                .when(new RecordGovernanceForm(ID, "CENTRUMGEMEENTE", "Centrumgemeente", 1L), Callers.programmateam())
                .expectException(refused());
    }
}
