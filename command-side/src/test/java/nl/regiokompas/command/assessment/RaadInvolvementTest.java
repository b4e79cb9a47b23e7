package nl.regiokompas.command.assessment;

import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConfirmationOutcome;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.raad.AnswerZienswijze;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.KaderAnswer;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.OpenZienswijzePeriod;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.RecordRaadInformed;
import nl.regiokompas.api.raad.RecordRaadVerdict;
import nl.regiokompas.api.raad.RecordZienswijze;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.raad.KaderInForce;
import nl.regiokompas.command.raad.KaderLookup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.decisionLike;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.packaged;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

/** The gemeenteraad's part in an assessment: kader answers, the raad's verdict, zienswijzen and informing. */
class RaadInvolvementTest {

    private static final KaderInForce WIJKTEAMS = new KaderInForce("k-1", "Wijkteams blijven lokaal aangestuurd.",
            "RB-2027-04");
    private static final KaderInForce BUDGET = new KaderInForce("k-2", "De regionale bijdrage stijgt niet meer dan 3%.",
            "RB-2027-05");
    /** The raad of Bunnik gave two kaders for Jeugd; Houten none. */
    private static final KaderLookup KADERS = (gemeente, theme) ->
            "BUN".equals(gemeente) && "JEUGD".equals(theme) ? List.of(WIJKTEAMS, BUDGET) : List.of();
    private static final Raadsbesluit BESLUIT = new Raadsbesluit(LocalDate.of(2027, 3, 4), "RB-2027-12", null);
    private static final LocalDate IN_A_MONTH = LocalDate.now().plusDays(30);

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture(KADERS);

    private static ConfirmByBestuurder confirm(String gemeente, List<KaderAnswer> answers) {
        return new ConfirmByBestuurder(ID, gemeente, 1, null, null, answers);
    }

    private static List<KaderAnswer> bothWithin() {
        return List.of(new KaderAnswer("k-1", true, null), new KaderAnswer("k-2", true, "Binnen de 3%."));
    }

    private static List<KaderAnswer> budgetExceeded() {
        return List.of(new KaderAnswer("k-1", true, null), new KaderAnswer("k-2", false, "De bijdrage stijgt 5%."));
    }

    private static EventMessage<?> conditionallyConfirmedByBun() {
        return new GenericEventMessage<>(new KadersAnswered(ID, 1, "BUN", 1, budgetExceeded(), true));
    }

    private DecisionRecorded decisionOfBunAndHou() {
        java.time.Instant now = fixture.currentTime();
        return new DecisionRecorded(ID, "any", "JEUGD", 1, 1, allRegionaal(),
                AssessmentEvents.responsibilitiesOfThePackage(),
                List.of(new nl.regiokompas.api.assessment.Precondition("p-0", "MIDDELEN", "Gedeeld budget")),
                List.of(new Confirmation("BUN", 1, "bestuurder.bun", now),
                        new Confirmation("HOU", 1, "bestuurder.hou", now)),
                List.of(), AssessmentEvents.MANDATE, java.util.Map.of());
    }

    // Kaders answered in the confirmation

    @Test
    void a_confirmation_within_every_kader_counts_and_records_the_answers() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(confirm("BUN", bothWithin()), Callers.bestuurder("BUN"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "BUN", 1, null),
                        new KadersAnswered(ID, 1, "BUN", 1, bothWithin(), false))
                .expectResultMessagePayload(new ConfirmationOutcome(3L + AssessmentEvents.PACKAGE_EVENTS, false));
    }

    @Test
    void a_confirmation_that_leaves_out_a_kader_is_refused_naming_it() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(confirm("BUN", List.of(new KaderAnswer("k-1", true, null))), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kaders"))
                .expectExceptionMessage("Geef bij het bevestigen per kader van de raad van Bunnik aan of het pakket "
                        + "erbinnen blijft; niet beantwoord: 'De regionale bijdrage stijgt niet meer dan 3%.' "
                        + "(raadsbesluit RB-2027-05).")
                .expectNoEvents();
    }

    @Test
    void an_answer_to_a_kader_that_is_not_in_force_is_refused() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(confirm("HOU", List.of(new KaderAnswer("k-1", true, null))), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kaders"))
                .expectExceptionMessage("Kader 'k-1' is geen geldend kader van de raad van Houten voor dit thema.");
    }

    @Test
    void going_outside_a_kader_needs_an_explanation() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(confirm("BUN", List.of(new KaderAnswer("k-1", true, null), new KaderAnswer("k-2", false, " "))),
                        Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kaders"))
                .expectNoEvents();
    }

    @Test
    void a_confirmation_outside_a_kader_stays_conditional_and_no_decision_follows() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("HOU", 1)))
                .when(confirm("BUN", budgetExceeded()), Callers.bestuurder("BUN"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "BUN", 1, null),
                        new KadersAnswered(ID, 1, "BUN", 1, budgetExceeded(), true))
                .expectResultMessagePayload(new ConfirmationOutcome(4L + AssessmentEvents.PACKAGE_EVENTS, false));
    }

    // The raad's verdict on a conditional confirmation

    @Test
    void the_raad_agreeing_makes_the_confirmation_count_and_the_decision_follows() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("HOU", 1), confirmed("BUN", 1),
                        conditionallyConfirmedByBun()))
                .when(new RecordRaadVerdict(ID, "BUN", 1, true, BESLUIT, null), Callers.griffier("BUN"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new RaadVerdictRecorded(ID, 1, "BUN", 1, true, BESLUIT)),
                        decisionLike(decisionOfBunAndHou()), andNoMore())));
    }

    @Test
    void the_raad_not_agreeing_voids_the_confirmation_so_the_bestuurder_confirms_again() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("HOU", 1), confirmed("BUN", 1),
                        conditionallyConfirmedByBun(), new RaadVerdictRecorded(ID, 1, "BUN", 1, false, BESLUIT)))
                .when(confirm("BUN", bothWithin()), Callers.bestuurder("BUN"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new ConfirmedByBestuurder(ID, 1, "BUN", 1, null)),
                        equalTo(new KadersAnswered(ID, 1, "BUN", 1, bothWithin(), false)),
                        decisionLike(decisionOfBunAndHou()), andNoMore())));
    }

    @Test
    void a_verdict_without_a_conditional_confirmation_is_refused() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1)))
                .when(new RecordRaadVerdict(ID, "BUN", 1, true, BESLUIT, null), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er wacht geen voorwaardelijke bevestiging van Bunnik voor revisie 1 op het "
                        + "oordeel van de raad.");
    }

    @Test
    void only_the_griffier_of_that_gemeente_records_the_verdict() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), conditionallyConfirmedByBun()))
                .when(new RecordRaadVerdict(ID, "BUN", 1, true, BESLUIT, null), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een griffier legt alleen vast voor de eigen gemeente (Houten), niet voor Bunnik.");
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), conditionallyConfirmedByBun()))
                .when(new RecordRaadVerdict(ID, "BUN", 1, true, BESLUIT, null), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_new_revision_ends_the_wait_for_the_raad_with_the_confirmations_it_voids() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), conditionallyConfirmedByBun(),
                        proposed(2)))
                .when(new RecordRaadVerdict(ID, "BUN", 1, true, BESLUIT, null), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    // Zienswijze

    @Test
    void the_programmateam_opens_a_zienswijze_period_on_the_current_revision() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(new OpenZienswijzePeriod(ID, IN_A_MONTH, null), Callers.programmateam())
                .expectEvents(new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH));
    }

    @Test
    void a_zienswijze_period_ends_after_today() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(new OpenZienswijzePeriod(ID, LocalDate.now().minusDays(1), null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "endsOn"));
    }

    @Test
    void a_zienswijze_period_opens_before_the_first_confirmation() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1)))
                .when(new OpenZienswijzePeriod(ID, IN_A_MONTH, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void confirmations_wait_while_the_period_runs_and_a_raad_has_not_answered() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH),
                        new ZienswijzeRecorded(ID, 1, 1, "BUN", "Wij steunen het voorstel.", BESLUIT)))
                .when(confirm("HOU", List.of()), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void confirmations_go_ahead_once_every_raad_gave_its_zienswijze() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH),
                        new ZienswijzeRecorded(ID, 1, 1, "BUN", "Wij steunen het voorstel.", BESLUIT),
                        new ZienswijzeRecorded(ID, 1, 1, "HOU", "Let op de wijkteams.", BESLUIT)))
                .when(confirm("HOU", List.of()), Callers.bestuurder("HOU"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "HOU", 1, null));
    }

    @Test
    void confirmations_go_ahead_once_the_period_ended() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1),
                        new ZienswijzePeriodOpened(ID, 1, 1, LocalDate.now().minusDays(1))))
                .when(confirm("HOU", List.of()), Callers.bestuurder("HOU"))
                .expectEvents(new ConfirmedByBestuurder(ID, 1, "HOU", 1, null));
    }

    @Test
    void the_griffier_records_the_zienswijze_of_the_own_raad_once() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH)))
                .when(new RecordZienswijze(ID, "BUN", "Wij steunen het voorstel.", BESLUIT, null), Callers.griffier("BUN"))
                .expectEvents(new ZienswijzeRecorded(ID, 1, 1, "BUN", "Wij steunen het voorstel.", BESLUIT));
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH),
                        new ZienswijzeRecorded(ID, 1, 1, "BUN", "Wij steunen het voorstel.", BESLUIT)))
                .when(new RecordZienswijze(ID, "BUN", "Nog iets.", BESLUIT, null), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_zienswijze_needs_an_open_period() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(new RecordZienswijze(ID, "BUN", "Wij steunen het voorstel.", BESLUIT, null), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er loopt geen zienswijzeperiode op het actuele voorstel (revisie 1).");
    }

    @Test
    void the_next_revision_answers_a_zienswijze() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH),
                        new ZienswijzeRecorded(ID, 1, 1, "HOU", "Let op de wijkteams.", BESLUIT), proposed(2)))
                .when(new AnswerZienswijze(ID, "HOU", 1, "Revisie 2 houdt de wijkteams lokaal.", null),
                        Callers.strateeg("BUN"))
                .expectEvents(new ZienswijzeAnswered(ID, 1, 1, "HOU", 2, "Revisie 2 houdt de wijkteams lokaal."));
    }

    @Test
    void a_zienswijze_is_answered_only_in_a_later_revision() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), new ZienswijzePeriodOpened(ID, 1, 1, IN_A_MONTH),
                        new ZienswijzeRecorded(ID, 1, 1, "HOU", "Let op de wijkteams.", BESLUIT)))
                .when(new AnswerZienswijze(ID, "HOU", 1, "Antwoord", null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    // Informing the raad

    @Test
    void the_bestuurder_records_that_the_raad_was_informed_after_the_confirmation() {
        LocalDate day = LocalDate.of(2027, 4, 1);
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1)))
                .when(new RecordRaadInformed(ID, "BUN", InformingKind.RAADSINFORMATIEBRIEF, day, "RIB-2027-08", null),
                        Callers.bestuurder("BUN"))
                .expectEvents(new RaadInformed(ID, 1, "BUN", 1, InformingKind.RAADSINFORMATIEBRIEF, day, "RIB-2027-08"));
    }

    @Test
    void the_griffier_records_informing_also_after_the_decision() {
        LocalDate day = LocalDate.of(2027, 4, 1);
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1), confirmed("HOU", 1), decided("d-1", 1)))
                .when(new RecordRaadInformed(ID, "HOU", InformingKind.RAADSVOORSTEL, day, "RV-12", null),
                        Callers.griffier("HOU"))
                .expectEvents(new RaadInformed(ID, 1, "HOU", 1, InformingKind.RAADSVOORSTEL, day, "RV-12"));
    }

    @Test
    void informing_comes_after_the_confirmation() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1)))
                .when(new RecordRaadInformed(ID, "BUN", InformingKind.RAADSINFORMATIEBRIEF, LocalDate.of(2027, 4, 1),
                        "RIB-1", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void informing_is_recorded_only_for_the_own_gemeente_and_never_by_a_raadslid() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1)))
                .when(new RecordRaadInformed(ID, "BUN", InformingKind.RAADSINFORMATIEBRIEF, LocalDate.of(2027, 4, 1),
                        "RIB-1", null), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
        fixture.given(packaged(openedForBunAndHou(), proposed(1), confirmed("BUN", 1)))
                .when(new RecordRaadInformed(ID, "BUN", InformingKind.RAADSINFORMATIEBRIEF, LocalDate.of(2027, 4, 1),
                        "RIB-1", null), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
