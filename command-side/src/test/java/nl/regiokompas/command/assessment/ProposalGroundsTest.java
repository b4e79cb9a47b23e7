package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.MANDATE;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForBunAndHou;
import static nl.regiokompas.command.assessment.AssessmentEvents.scales;
import static nl.regiokompas.command.assessment.AssessmentEvents.withInputOfEveryone;

/** Issue 11 section 1: the guideline is used: indicators with the input, a proposal rests on input, comply or explain. */
class ProposalGroundsTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static ProposeThemeScale propose(Map<String, String> scales, Map<String, String> deviations) {
        return new ProposeThemeScale(ID, scales, "Bundeling van expertise", null, deviations);
    }

    @Test
    void a_strateeg_marks_guideline_indicators_with_the_input() {
        fixture.given(openedForAll())
                .when(new RecordCriterionInput(ID, "BUN", "BELEID", "C1", "REGIONAAL", "Expertise is schaars", null,
                        List.of("REGIONAAL.1")), Callers.strateeg("BUN"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "REGIONAAL",
                        "Expertise is schaars", List.of("REGIONAAL.1")));
    }

    @Test
    void an_indicator_the_framework_does_not_have_is_refused_naming_the_indicators_by_text() {
        fixture.given(openedForAll())
                .when(new RecordCriterionInput(ID, "BUN", "BELEID", "C1", "REGIONAAL", "Tekst", null,
                        List.of("LOKAAL.7")), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "indicators"))
                .expectExceptionMessage(messageContaining("bundeling van expertise"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_without_input_of_every_gemeente_on_every_layer_is_refused_naming_who_misses_where() {
        fixture.given(openedForBunAndHou(), input("BUN", "BELEID", "C1", "REGIONAAL"),
                        input("HOU", "BELEID", "C2", "REGIONAAL"), input("BUN", "BEDRIJFSVOERING", "C1", "REGIONAAL"),
                        input("BUN", "UITVOERING", "C1", "REGIONAAL"), input("HOU", "UITVOERING", "C6", null))
                .when(propose(allRegionaal(), Map.of()), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Een voorstel rust op input: elke deelnemende gemeente geeft per laag input op "
                        + "ten minste één criterium. Nog niet: Bedrijfsvoering: geen input van Houten.")
                .expectNoEvents();
    }

    @Test
    void a_scale_that_departs_from_the_most_frequent_leaning_without_a_reason_is_refused_naming_the_layer() {
        fixture.given(withInputOfEveryone(openedForBunAndHou(), "REGIONAAL"))
                .when(propose(scales("REGIONAAL", "REGIONAAL", "LOKAAL"), Map.of()), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "deviations"))
                .expectExceptionMessage("Laag Uitvoering: de voorgestelde schaal lokaal wijkt af van de meest gekozen "
                        + "neiging (regionaal); geef de reden van de afwijking.")
                .expectNoEvents();
    }

    @Test
    void a_departing_scale_with_a_reason_records_the_reason_in_the_revision() {
        Map<String, String> deviations = Map.of("UITVOERING", "Wijkteams blijven dicht bij inwoners.");
        fixture.given(withInputOfEveryone(openedForBunAndHou(), "REGIONAAL"))
                .when(propose(scales("REGIONAAL", "REGIONAAL", "LOKAAL"), deviations), Callers.strateeg("BUN"))
                .expectEvents(new ThemeScaleProposed(ID, 1, 1, scales("REGIONAAL", "REGIONAAL", "LOKAAL"),
                        "Bundeling van expertise", deviations, MANDATE));
    }

    @Test
    void on_a_tie_every_tied_scale_counts_as_the_most_frequent_leaning() {
        fixture.given(withInputOfEveryone(openedForBunAndHou(), "REGIONAAL",
                        input("BUN", "UITVOERING", "C2", "LOKAAL"), input("HOU", "UITVOERING", "C2", "LOKAAL")))
                .when(propose(scales("REGIONAAL", "REGIONAAL", "LOKAAL"), Map.of()), Callers.strateeg("BUN"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_layer_without_any_leaning_needs_no_reason() {
        fixture.given(withInputOfEveryone(openedForBunAndHou(), null))
                .when(propose(scales("LOKAAL", "BOVENREGIONAAL", "LOKAAL"), Map.of()), Callers.strateeg("BUN"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_reason_for_a_layer_that_follows_the_leaning_is_refused() {
        fixture.given(withInputOfEveryone(openedForBunAndHou(), "REGIONAAL"))
                .when(propose(allRegionaal(), Map.of("BELEID", "Toch maar")), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "deviations"))
                .expectExceptionMessage("Laag Beleid volgt de meest gekozen neiging; daar is geen reden voor afwijking "
                        + "nodig.");
    }

    private static TypeSafeMatcher<String> messageContaining(String text) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String message) {
                return message.contains(text);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a message containing ").appendValue(text);
            }
        };
    }
}
