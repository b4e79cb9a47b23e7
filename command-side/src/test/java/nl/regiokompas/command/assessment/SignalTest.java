package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CloseSignal;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.RecordSignal;
import nl.regiokompas.api.assessment.SignalClosed;
import nl.regiokompas.api.assessment.SignalRecorded;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;

/** Issue 11 §3: a strateeg signals, the own bestuurder turns the signal into an intervention or closes it. */
class SignalTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static SignalRecorded signalled() {
        return new SignalRecorded(ID, 1, "s-1", "HOU", "BELEID", "Raad wil eigen accenten");
    }

    @Test
    void a_strateeg_records_a_non_blocking_signal_for_the_own_bestuurder() {
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordSignal(ID, "s-1", "HOU", "BELEID", "Raad wil eigen accenten", null),
                        Callers.strateeg("HOU"))
                .expectEvents(signalled());
    }

    @Test
    void a_strateeg_signals_only_to_the_own_gemeente() {
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordSignal(ID, "s-1", "BUN", "BELEID", "Tekst", null), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_bestuurder_does_not_record_signals() {
        fixture.given(openedForAll(), proposed(1))
                .when(new RecordSignal(ID, "s-1", "HOU", "BELEID", "Tekst", null), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void the_own_bestuurder_closes_a_signal_with_a_note() {
        fixture.given(openedForAll(), proposed(1), signalled())
                .when(new CloseSignal(ID, "s-1", "Besproken, geen interventie nodig", null), Callers.bestuurder("HOU"))
                .expectEvents(new SignalClosed(ID, 1, "s-1", "HOU", "Besproken, geen interventie nodig", null));
    }

    @Test
    void the_bestuurder_of_another_gemeente_cannot_close_it() {
        fixture.given(openedForAll(), proposed(1), signalled())
                .when(new CloseSignal(ID, "s-1", "Nee", null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Dit signaal is voor de bestuurder van Houten.");
    }

    @Test
    void the_own_bestuurder_turns_the_signal_into_an_intervention() {
        fixture.given(openedForAll(), proposed(1), signalled())
                .when(new IntervenLocally(ID, "i-1", "HOU", "BELEID", InterventionKind.BEZWAAR, "Eigen accenten", null,
                        "s-1", null), Callers.bestuurder("HOU"))
                .expectEvents(new LocalInterventionOpened(ID, 1, "i-1", "HOU", "BELEID", InterventionKind.BEZWAAR,
                                "Eigen accenten", null, 1),
                        new SignalClosed(ID, 1, "s-1", "HOU", "Omgezet in een interventie.", "i-1"));
    }

    @Test
    void a_closed_signal_cannot_be_handled_again() {
        fixture.given(openedForAll(), proposed(1), signalled(), new SignalClosed(ID, 1, "s-1", "HOU", "Klaar", null))
                .when(new CloseSignal(ID, "s-1", "Nog eens", null), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void an_unknown_signal_is_not_found() {
        fixture.given(openedForAll(), proposed(1))
                .when(new CloseSignal(ID, "s-9", "Klaar", null), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_FOUND));
    }
}
