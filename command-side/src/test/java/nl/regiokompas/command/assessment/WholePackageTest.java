package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ChangePreconditionStatus;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.ConfirmationWithdrawn;
import nl.regiokompas.api.assessment.FollowThemeMandate;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.PreconditionStatus;
import nl.regiokompas.api.assessment.PreconditionStatusChanged;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeMandateFollowed;
import nl.regiokompas.api.assessment.WithdrawConfirmation;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.MANDATE;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.packaged;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;

/** Issue 11 section 2: bestuurders confirm the whole package. */
class WholePackageTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    @Test
    void a_responsibility_changed_after_a_proposal_makes_a_new_revision() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1)))
                .when(new AssignResponsibility(ID, "BELEID", "RICHTING", "BESTUURLIJK", "Wethouders", null),
                        Callers.strateeg("BUN"))
                .expectEvents(new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "Wethouders"),
                        new PackageRevised(ID, 1, 2, PackageRevised.RESPONSIBILITY, MANDATE));
    }

    @Test
    void a_precondition_added_after_a_proposal_makes_a_new_revision() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(new RecordPrecondition(ID, "p-2", "CULTUUR", "Vertrouwen", null, "Programmateam",
                        LocalDate.of(2027, 3, 1)), Callers.programmateam())
                .expectEvents(new PreconditionRecorded(ID, 1, "p-2", "CULTUUR", "Vertrouwen", "Programmateam",
                        LocalDate.of(2027, 3, 1)),
                        new PackageRevised(ID, 1, 2, PackageRevised.PRECONDITION, MANDATE));
    }

    @Test
    void a_new_revision_of_the_package_voids_earlier_confirmations() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1),
                        new PackageRevised(ID, 1, 2, PackageRevised.RESPONSIBILITY, MANDATE)))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Revisie 1 is niet het actuele voorstel; het actuele voorstel is revisie 2.");
    }

    @Test
    void a_change_of_the_themes_mandate_makes_a_new_revision() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(new FollowThemeMandate(ID, "m-2", 0))
                .expectEvents(new ThemeMandateFollowed(ID, 1, "m-2", 0),
                        new PackageRevised(ID, 1, 2, PackageRevised.MANDATE, "m-2"));
    }

    @Test
    void a_mandate_change_after_the_decision_leaves_the_decision_as_it_was() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1),
                        decided("d-1", 1)))
                .when(new FollowThemeMandate(ID, null, 0))
                .expectEvents(new ThemeMandateFollowed(ID, 1, null, 0));
    }

    @Test
    void the_same_mandate_again_changes_nothing() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(new FollowThemeMandate(ID, MANDATE, 3))
                .expectNoEvents();
    }

    @Test
    void an_incomplete_package_cannot_be_confirmed_and_the_refusal_lists_what_is_missing() {
        fixture.given(openedForAll(), new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "BT"),
                        new ThemeMandateFollowed(ID, 1, null, 0), proposed(1))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Het pakket is nog niet compleet en kan niet worden bevestigd. Ontbreekt: "
                        + "laag Beleid: een verantwoordelijke voor organisatie, uitvoering; "
                        + "laag Bedrijfsvoering: een verantwoordelijke voor richting, organisatie, uitvoering; "
                        + "laag Uitvoering: een verantwoordelijke voor richting, organisatie, uitvoering; "
                        + "ten minste één randvoorwaarde; het actieve mandaat van het thema.")
                .expectNoEvents();
    }

    @Test
    void a_bestuurder_withdraws_the_own_confirmation_with_a_reason() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1)))
                .when(new WithdrawConfirmation(ID, "BUN", "De raad wil eerst een zienswijze geven.", null),
                        Callers.bestuurder("BUN"))
                .expectEvents(new ConfirmationWithdrawn(ID, 1, "BUN", 1, "De raad wil eerst een zienswijze geven."));
    }

    @Test
    void after_a_withdrawal_the_gemeente_may_confirm_again() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1),
                        new ConfirmationWithdrawn(ID, 1, "BUN", 1, "Eerst de raad")))
                .when(new ConfirmByBestuurder(ID, "BUN", 1, "Akkoord, mits de raad is gehoord", null),
                        Callers.bestuurder("BUN"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_bestuurder_cannot_withdraw_the_confirmation_of_another_gemeente() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1)))
                .when(new WithdrawConfirmation(ID, "BUN", "Niet akkoord", null), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een bestuurder trekt alleen de bevestiging van de eigen gemeente (Houten) in, "
                        + "niet die van Bunnik.");
    }

    @Test
    void there_is_nothing_to_withdraw_without_a_confirmation() {
        fixture.given(packaged(openedForAll(), proposed(1)))
                .when(new WithdrawConfirmation(ID, "BUN", "Toch niet", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("De bestuurder van Bunnik heeft het actuele voorstel niet bevestigd; er is niets "
                        + "in te trekken.");
    }

    @Test
    void a_confirmation_cannot_be_withdrawn_once_everyone_confirmed() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1),
                        decided("d-1", 1)))
                .when(new WithdrawConfirmation(ID, "BUN", "Toch niet", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }

    @Test
    void a_withdrawal_without_a_reason_is_refused() {
        fixture.given(packaged(openedForAll(), proposed(1), confirmed("BUN", 1)))
                .when(new WithdrawConfirmation(ID, "BUN", " ", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"));
    }

    @Test
    void the_programmateam_follows_a_precondition_up_with_a_note_also_after_the_decision() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1),
                        decided("d-1", 1)))
                .when(new ChangePreconditionStatus(ID, "p-0", PreconditionStatus.GEREGELD, "Budget is toegekend.",
                        LocalDate.of(2027, 6, 1), null), Callers.programmateam())
                .expectEvents(new PreconditionStatusChanged(ID, 1, "p-0", PreconditionStatus.GEREGELD,
                        "Budget is toegekend.", LocalDate.of(2027, 6, 1)));
    }

    @Test
    void only_the_programmateam_changes_the_status_of_a_precondition() {
        fixture.given(packaged(openedForAll()))
                .when(new ChangePreconditionStatus(ID, "p-0", PreconditionStatus.VERVALLEN, "Niet meer nodig", null,
                        null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_status_change_of_an_unknown_precondition_is_not_found() {
        fixture.given(packaged(openedForAll()))
                .when(new ChangePreconditionStatus(ID, "p-9", PreconditionStatus.GEREGELD, "Klaar", null, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void a_status_change_without_a_note_is_refused() {
        fixture.given(packaged(openedForAll()))
                .when(new ChangePreconditionStatus(ID, "p-0", PreconditionStatus.GEREGELD, "", null, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "note"));
    }
}
