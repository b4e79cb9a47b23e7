package nl.regiokompas.command.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConsentToDeviation;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.DeviationConsented;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionReferred;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalException;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.common.InterventionOutcomeRules;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.confirmed;
import static nl.regiokompas.command.assessment.AssessmentEvents.decisionLike;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.packaged;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

/** Issue 11 §3: interventions through the gouden driehoek; no gemeente is overruled. */
class InterventionOutcomeTest {

    private static final LocalDate BT = LocalDate.of(2027, 4, 12);

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static LocalInterventionOpened openedOnRevision(String id, String gemeente, int revision) {
        return new LocalInterventionOpened(ID, 1, id, gemeente, "UITVOERING", InterventionKind.LOKALE_AFWIJKING,
                "Eigen wijkteams", null, revision);
    }

    private static ResolveIntervention resolve(InterventionOutcome outcome) {
        return new ResolveIntervention(ID, "i-1", outcome, "Besproken", null);
    }

    @Test
    void an_intervention_names_the_mandate_it_relates_to_and_the_revision_it_was_filed_on() {
        fixture.given(openedForAll(), proposed(1))
                .when(new IntervenLocally(ID, "i-1", "BUN", "UITVOERING", InterventionKind.BEZWAAR, "Reden", "m-1",
                        null, null), Callers.bestuurder("BUN"))
                .expectEvents(new LocalInterventionOpened(ID, 1, "i-1", "BUN", "UITVOERING", InterventionKind.BEZWAAR,
                        "Reden", "m-1", 1));
    }

    @Test
    void verworpen_can_no_longer_be_chosen() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(resolve(InterventionOutcome.VERWORPEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "outcome"))
                .expectExceptionMessage(InterventionOutcomeRules.NOT_OVERRULED);
    }

    @Test
    void the_bestuurder_of_the_gemeente_withdraws_its_intervention() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEvents(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "Besproken", null));
    }

    @Test
    void the_programmateam_cannot_withdraw_an_intervention_of_a_gemeente() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Alleen de bestuurder van Bunnik kan deze interventie intrekken.");
    }

    @Test
    void another_bestuurder_cannot_withdraw_it_either() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void overgenomen_needs_a_later_revision_than_the_one_the_intervention_was_filed_on() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Overgenomen", 1, null, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Overnemen kan pas als er een latere revisie is dan revisie 1, waarop de "
                        + "interventie is ingediend. Doe eerst een nieuw voorstel.");
    }

    @Test
    void overgenomen_names_the_later_revision_that_took_it_over() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1), proposed(2))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Overgenomen", 2, null, null),
                        Callers.programmateam())
                .expectEvents(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.OVERGENOMEN,
                        "Overgenomen", 2));
    }

    @Test
    void overgenomen_onto_the_old_revision_is_refused() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1), proposed(2))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Overgenomen", 1, null, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "revision"))
                .expectExceptionMessage("Revisie 1 is geen latere revisie; kies uit 2.");
    }

    @Test
    void overgenomen_without_a_revision_is_refused() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1), proposed(2))
                .when(resolve(InterventionOutcome.OVERGENOMEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "revision"));
    }

    @Test
    void doorverwezen_refers_to_the_bestuurstafel_and_leaves_the_intervention_open() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(new ResolveIntervention(ID, "i-1", InterventionOutcome.DOORVERWEZEN, "Agenderen", null, BT, null),
                        Callers.programmateam())
                .expectEvents(new InterventionReferred(ID, 1, "i-1", "BUN", BT, "Agenderen"));
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1),
                        new InterventionReferred(ID, 1, "i-1", "BUN", BT, "Agenderen"))
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void doorverwezen_needs_the_date_of_the_bestuurstafel() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(resolve(InterventionOutcome.DOORVERWEZEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "bestuurstafelOn"));
    }

    @Test
    void a_referred_intervention_still_blocks_the_bestuurlijke_bevestiging() {
        fixture.given(packaged(openedForBunAndHou(), proposed(1), openedOnRevision("i-1", "BUN", 1),
                        confirmed("BUN", 1), new InterventionReferred(ID, 1, "i-1", "BUN", BT, "Agenderen")))
                .when(new nl.regiokompas.api.assessment.ConfirmByBestuurder(ID, "HOU", 1, null, null),
                        Callers.bestuurder("HOU"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new nl.regiokompas.api.assessment.ConfirmedByBestuurder(ID, 1, "HOU", 1, null)),
                        andNoMore())));
    }

    @Test
    void afwijking_aanvaard_cannot_be_chosen_but_follows_from_the_consent_of_the_others() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1),
                        new DeviationConsented(ID, 1, "i-1", "HOU", null))
                .when(resolve(InterventionOutcome.AFWIJKING_AANVAARD), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Een lokale afwijking is aanvaard zodra de bestuurders van alle andere "
                        + "deelnemers ermee instemmen; nog niet ingestemd: Utrechtse Heuvelrug, Wijk bij Duurstede, Zeist.");
    }

    @Test
    void another_participant_consents_to_the_deviation() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(new ConsentToDeviation(ID, "i-1", "HOU", "Akkoord", null), Callers.bestuurder("HOU"))
                .expectEvents(new DeviationConsented(ID, 1, "i-1", "HOU", "Akkoord"));
    }

    @Test
    void the_intervening_gemeente_does_not_consent_to_its_own_deviation() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(new ConsentToDeviation(ID, "i-1", "BUN", null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_consent_for_another_gemeente_is_refused() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1))
                .when(new ConsentToDeviation(ID, "i-1", "HOU", null, null), Callers.bestuurder("ZST"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("U stemt alleen in namens de eigen gemeente (Zeist), niet namens Houten.");
    }

    @Test
    void a_gemeente_consents_once() {
        fixture.given(openedForAll(), proposed(1), openedOnRevision("i-1", "BUN", 1),
                        new DeviationConsented(ID, 1, "i-1", "HOU", null))
                .when(new ConsentToDeviation(ID, "i-1", "HOU", null, null), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Houten heeft al ingestemd met deze afwijking.");
    }

    @Test
    void the_last_consent_accepts_the_deviation_and_the_decision_records_the_exception() {
        Instant now = fixture.currentTime();
        fixture.given(openedForBunAndHou(), proposed(1), openedOnRevision("i-1", "BUN", 1), confirmed("BUN", 1),
                        confirmed("HOU", 1))
                .when(new ConsentToDeviation(ID, "i-1", "HOU", null, null), Callers.bestuurder("HOU"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new DeviationConsented(ID, 1, "i-1", "HOU", null)),
                        equalTo(new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.AFWIJKING_AANVAARD,
                                "De bestuurders van Houten stemden in: Bunnik doet Uitvoering lokaal.", null)),
                        decisionLike(new DecisionRecorded(ID, "any", "JEUGD", 1, 1, allRegionaal(), List.of(),
                                List.of(), List.of(new Confirmation("BUN", 1, "bestuurder.bun", now),
                                new Confirmation("HOU", 1, "bestuurder.hou", now)),
                                List.of(new LocalException("BUN", "UITVOERING", "i-1")), AssessmentEvents.MANDATE,
                                java.util.Map.of())),
                        andNoMore())));
    }

    @Test
    void a_strateeg_no_longer_files_a_blocking_intervention() {
        fixture.given(openedForAll(), proposed(1))
                .when(new IntervenLocally(ID, "i-1", "HOU", "UITVOERING", InterventionKind.BEZWAAR, "Reden", null),
                        Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als strateeg mag u dit niet; dit mag alleen als bestuurder.");
    }
}
