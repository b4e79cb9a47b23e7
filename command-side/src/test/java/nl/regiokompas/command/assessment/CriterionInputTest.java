package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;

class CriterionInputTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static RecordCriterionInput recordInput(String gemeente, String layer, String criterion, String leaning,
                                              String text) {
        return new RecordCriterionInput(ID, gemeente, layer, criterion, leaning, text, null);
    }

    @Test
    void a_strateeg_records_input_for_the_own_gemeente() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", "REGIONAAL", " Partners werken regionaal "), Callers.strateeg("HOU"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C3", "REGIONAAL",
                        "Partners werken regionaal"));
    }

    @Test
    void input_without_a_leaning_is_recorded_without_one() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "UITVOERING", "C2", "", "Nog geen neiging"), Callers.strateeg("HOU"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "HOU", "UITVOERING", "C2", null, "Nog geen neiging"));
    }

    @Test
    void a_later_input_on_the_same_cell_is_recorded_again() {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", "LOKAAL"))
                .when(recordInput("HOU", "BELEID", "C3", "REGIONAAL", "Toch regionaal"), Callers.strateeg("HOU"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C3", "REGIONAAL", "Toch regionaal"));
    }

    @Test
    void the_programmateam_records_input_for_any_participating_gemeente() {
        fixture.given(openedForAll())
                .when(recordInput("ZST", "BELEID", "C1", null, "Uit het domeinoverleg"), Callers.programmateam())
                .expectEvents(new CriterionInputRecorded(ID, 1, "ZST", "BELEID", "C1", null, "Uit het domeinoverleg"));
    }

    @Test
    void a_strateeg_may_not_record_input_for_another_gemeente() {
        fixture.given(openedForAll())
                .when(recordInput("BUN", "BELEID", "C3", null, "Namens Bunnik"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een strateeg geeft alleen input voor de eigen gemeente (Houten), niet voor Bunnik.");
    }

    @Test
    void a_bestuurder_may_not_record_input() {
        fixture.given(openedForAll())
                .when(recordInput("BUN", "BELEID", "C3", null, "Tekst"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void an_auditor_may_not_record_input() {
        fixture.given(openedForAll())
                .when(recordInput("BUN", "BELEID", "C3", null, "Tekst"), Callers.auditor())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void input_for_a_gemeente_that_does_not_take_part_is_refused() {
        fixture.given(openedForBunAndHou())
                .when(recordInput("ZST", "BELEID", "C3", null, "Tekst"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeente"))
                .expectExceptionMessage("Gemeente 'Zeist' neemt niet deel aan dit afwegingstraject; deelnemers: Bunnik, Houten.");
    }

    @Test
    void an_unknown_layer_is_refused_with_the_known_layers() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "FOO", "C3", null, "Tekst"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "layer"))
                .expectExceptionMessage("Onbekende laag 'FOO'; kies uit Beleid, Bedrijfsvoering, Uitvoering.");
    }

    @Test
    void an_unknown_criterion_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C7", null, "Tekst"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "criterion"))
                .expectExceptionMessage("Onbekend criterium 'C7'; kies uit Complexiteit en deskundigheid, "
                        + "Maatwerk en lokale variatie, Partners en infrastructuur, Beleidsmatige invloed en sturing, "
                        + "Financiering en solidariteit, Efficiëntie en uitvoerbaarheid.");
    }

    @Test
    void an_unknown_leaning_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", "NATIONAAL", "Tekst"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "leaning"))
                .expectExceptionMessage("Onbekende schaal 'NATIONAAL'; kies uit lokaal, regionaal, bovenregionaal.");
    }

    @Test
    void blank_text_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "   "), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "text"));
    }

    @Test
    void text_longer_than_10000_characters_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "x".repeat(10_001)), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "text"))
                .expectExceptionMessage("De toelichting is te lang: 10001 tekens, maximaal 10000.");
    }

    @Test
    void text_with_invisible_control_characters_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "Verborgen\u0000teken"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "text"))
                .expectExceptionMessage("De toelichting bevat onzichtbare stuurtekens; "
                        + "alleen regelovergangen en tabs zijn toegestaan.");
    }

    @Test
    void text_with_half_a_utf16_pair_is_refused() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "Half \uD800 teken"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "text"))
                .expectExceptionMessage("De toelichting bevat een ongeldig teken: "
                        + "een losse helft van een UTF-16-tekenpaar.");
    }

    @Test
    void text_with_characters_outside_the_basic_plane_is_accepted() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "Samen \uD83D\uDE00 sterker"), Callers.strateeg("HOU"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void text_over_several_lines_is_accepted() {
        fixture.given(openedForAll())
                .when(recordInput("HOU", "BELEID", "C3", null, "Eerste regel\nTweede\tregel"), Callers.strateeg("HOU"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void input_on_a_decided_assessment_is_refused_until_it_is_reopened() {
        fixture.given(openedForAll(), decided("d-1", 1))
                .when(recordInput("HOU", "BELEID", "C3", null, "Te laat"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }
}
