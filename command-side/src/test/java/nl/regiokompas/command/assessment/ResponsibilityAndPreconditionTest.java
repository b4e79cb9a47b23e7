package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.reopened;

class ResponsibilityAndPreconditionTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static AssignResponsibility assign(String layer, String kind, String level, String holder) {
        return new AssignResponsibility(ID, layer, kind, level, holder, null);
    }

    private static RecordPrecondition precondition(String preconditionId, String kind, String text) {
        return new RecordPrecondition(ID, preconditionId, kind, text, null);
    }

    @Test
    void a_strateeg_assigns_a_responsibility_per_layer() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "RICHTING", "BESTUURLIJK", "Bestuurstafel"), Callers.strateeg("BUN"))
                .expectEvents(new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "Bestuurstafel"));
    }

    @Test
    void an_unknown_responsibility_kind_is_refused() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "TOEZICHT", "BESTUURLIJK", "Bestuurstafel"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kind"))
                .expectExceptionMessage("Onbekend soort verantwoordelijkheid 'TOEZICHT'; "
                        + "kies uit richting, organisatie, uitvoering.");
    }

    @Test
    void an_unknown_level_is_refused() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "RICHTING", "HOOG", "Bestuurstafel"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "level"));
    }

    @Test
    void an_unknown_layer_for_a_responsibility_is_refused() {
        fixture.given(openedForAll())
                .when(assign("FOO", "RICHTING", "BESTUURLIJK", "Bestuurstafel"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "layer"));
    }

    @Test
    void a_holder_longer_than_200_characters_is_refused() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "RICHTING", "BESTUURLIJK", "x".repeat(201)), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "holder"));
    }

    @Test
    void a_blank_holder_is_refused() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "RICHTING", "BESTUURLIJK", " "), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "holder"));
    }

    @Test
    void a_raadslid_may_not_assign_a_responsibility() {
        fixture.given(openedForAll())
                .when(assign("BELEID", "RICHTING", "BESTUURLIJK", "Bestuurstafel"), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_responsibility_on_a_decided_assessment_is_refused() {
        fixture.given(openedForAll(), decided("d-1", 1))
                .when(assign("BELEID", "RICHTING", "BESTUURLIJK", "Bestuurstafel"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }

    @Test
    void the_programmateam_records_a_precondition() {
        fixture.given(openedForAll())
                .when(precondition("p-1", "MIDDELEN", "Gedeeld budget voor inkoop"), Callers.programmateam())
                .expectEvents(new PreconditionRecorded(ID, 1, "p-1", "MIDDELEN", "Gedeeld budget voor inkoop"));
    }

    @Test
    void an_unknown_precondition_kind_is_refused() {
        fixture.given(openedForAll())
                .when(precondition("p-1", "GELD", "Budget"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "kind"))
                .expectExceptionMessage("Onbekende soort randvoorwaarde 'GELD'; "
                        + "kies uit afspraken, cultuur, structuur, middelen.");
    }

    @Test
    void a_precondition_without_text_is_refused() {
        fixture.given(openedForAll())
                .when(precondition("p-1", "MIDDELEN", null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "text"));
    }

    @Test
    void a_precondition_without_id_is_refused() {
        fixture.given(openedForAll())
                .when(precondition(" ", "MIDDELEN", "Budget"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "preconditionId"));
    }

    @Test
    void a_precondition_id_is_used_only_once_even_across_cycles() {
        fixture.given(openedForAll(), new PreconditionRecorded(ID, 1, "p-1", "CULTUUR", "Vertrouwen"),
                        decided("d-1", 1), reopened(2, "d-1"))
                .when(precondition("p-1", "MIDDELEN", "Budget"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Randvoorwaarde 'p-1' bestaat al.");
    }

    @Test
    void a_bestuurder_may_not_record_a_precondition() {
        fixture.given(openedForAll())
                .when(precondition("p-1", "MIDDELEN", "Budget"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
