package nl.regiokompas.command.weighing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.weighing.FormInterventionOpened;
import nl.regiokompas.api.weighing.FormInterventionReferred;
import nl.regiokompas.api.weighing.FormInterventionResolved;
import nl.regiokompas.api.weighing.ResolveFormIntervention;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.common.InterventionOutcomeRules;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.weighing.WeighingTest.GEMEENTEN;
import static nl.regiokompas.command.weighing.WeighingTest.ID;
import static nl.regiokompas.command.weighing.WeighingTest.confirmed;
import static nl.regiokompas.command.weighing.WeighingTest.opened;
import static nl.regiokompas.command.weighing.WeighingTest.proposed;
import static nl.regiokompas.command.weighing.WeighingTest.raadRole;

/** Issue 11 §3 on a form weighing: its interventions end by the gouden-driehoek rules of an assessment's. */
class FormInterventionOutcomeTest {

    private static final LocalDate BT = LocalDate.of(2027, 4, 12);

    private final AggregateTestFixture<Weighing> fixture =
            Fixtures.withAuditMetaData(new AggregateTestFixture<>(Weighing.class));

    private static FormInterventionOpened interventionOfBun(int revision) {
        return new FormInterventionOpened(ID, "i-1", "BUN", revision, InterventionKind.BEZWAAR, "Eerst de raad");
    }

    private static List<Object> onRevision1() {
        return new ArrayList<>(List.of(opened(), raadRole(), proposed(1), interventionOfBun(1)));
    }

    private static List<Object> onRevision1ThenRevision2() {
        List<Object> given = onRevision1();
        given.add(proposed(2));
        return given;
    }

    private static ResolveFormIntervention resolve(InterventionOutcome outcome) {
        return new ResolveFormIntervention(ID, "i-1", outcome, "Besproken");
    }

    @Test
    void verworpen_can_no_longer_be_chosen() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.VERWORPEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "outcome"))
                .expectExceptionMessage(InterventionOutcomeRules.NOT_OVERRULED)
                .expectNoEvents();
    }

    @Test
    void the_bestuurder_of_the_gemeente_withdraws_its_intervention() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEvents(new FormInterventionResolved(ID, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "Besproken", null));
    }

    @Test
    void the_programmateam_cannot_withdraw_an_intervention_of_a_gemeente() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Alleen de bestuurder van Bunnik kan deze interventie intrekken.")
                .expectNoEvents();
    }

    @Test
    void another_gemeentes_bestuurder_cannot_withdraw_it() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_strateeg_does_not_resolve_an_intervention() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void overgenomen_needs_a_later_revision() {
        fixture.given(onRevision1())
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Verwerkt", 1, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void overgenomen_names_the_later_revision_that_took_it_over() {
        fixture.given(onRevision1ThenRevision2())
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Verwerkt", 2, null),
                        Callers.programmateam())
                .expectEvents(new FormInterventionResolved(ID, "i-1", "BUN", InterventionOutcome.OVERGENOMEN,
                        "Verwerkt", 2));
    }

    @Test
    void the_own_bestuurder_may_record_the_take_over_too() {
        fixture.given(onRevision1ThenRevision2())
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Verwerkt", 2, null),
                        Callers.bestuurder("BUN"))
                .expectEvents(new FormInterventionResolved(ID, "i-1", "BUN", InterventionOutcome.OVERGENOMEN,
                        "Verwerkt", 2));
    }

    @Test
    void overgenomen_must_name_a_revision() {
        fixture.given(onRevision1ThenRevision2())
                .when(resolve(InterventionOutcome.OVERGENOMEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "revision"))
                .expectNoEvents();
    }

    @Test
    void overgenomen_cannot_name_the_revision_the_intervention_was_filed_on() {
        fixture.given(onRevision1ThenRevision2())
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.OVERGENOMEN, "Verwerkt", 1, null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "revision"))
                .expectNoEvents();
    }

    @Test
    void doorverwezen_needs_the_date_of_the_bestuurstafel() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.DOORVERWEZEN), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "bestuurstafelOn"))
                .expectNoEvents();
    }

    @Test
    void a_referral_to_the_bestuurstafel_keeps_the_intervention_open_and_the_choice_waiting() {
        List<Object> given = onRevision1();
        GEMEENTEN.forEach(g -> given.add(confirmed(g, 1)));
        fixture.given(given)
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.DOORVERWEZEN, "Naar de BT", null, BT),
                        Callers.programmateam())
                .expectEvents(new FormInterventionReferred(ID, "i-1", "BUN", BT, "Naar de BT"));
    }

    @Test
    void a_referred_intervention_can_still_be_withdrawn() {
        List<Object> given = onRevision1();
        given.add(new FormInterventionReferred(ID, "i-1", "BUN", BT, "Naar de BT"));
        fixture.given(given)
                .when(resolve(InterventionOutcome.INGETROKKEN), Callers.bestuurder("BUN"))
                .expectEvents(new FormInterventionResolved(ID, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "Besproken", null));
    }

    @Test
    void a_local_deviation_does_not_exist_on_a_weighing() {
        fixture.given(onRevision1())
                .when(resolve(InterventionOutcome.AFWIJKING_AANVAARD), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "outcome"))
                .expectExceptionMessage(Weighing.NO_LOCAL_DEVIATION)
                .expectNoEvents();
    }
}
