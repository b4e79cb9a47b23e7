package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.ProposalOutcome;

import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.MANDATE;
import static nl.regiokompas.command.assessment.AssessmentEvents.inputsOfEveryone;
import static nl.regiokompas.command.assessment.AssessmentEvents.withInputOfEveryone;
import static nl.regiokompas.command.assessment.AssessmentEvents.allRegionaal;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static nl.regiokompas.command.assessment.AssessmentEvents.reopened;
import static nl.regiokompas.command.assessment.AssessmentEvents.scales;

class ProposalTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static ProposeThemeScale propose(Map<String, String> scales) {
        return new ProposeThemeScale(ID, scales, "Bundeling van expertise", null);
    }

    @Test
    void the_first_proposal_is_revision_1() {
        fixture.given(withInputOfEveryone(openedForAll(), "REGIONAAL"))
                .when(propose(allRegionaal()), Callers.strateeg("BUN"))
                .expectEvents(new ThemeScaleProposed(ID, 1, 1, allRegionaal(), "Bundeling van expertise", Map.of(),
                        MANDATE))
                .expectResultMessagePayload(new ProposalOutcome(1, 16L));
    }

    @Test
    void each_proposal_is_the_next_revision() {
        fixture.given(withInputOfEveryone(openedForAll(), "REGIONAAL", proposed(1), proposed(2)))
                .when(propose(allRegionaal()), Callers.programmateam())
                .expectEvents(new ThemeScaleProposed(ID, 1, 3, allRegionaal(), "Bundeling van expertise", Map.of(),
                        MANDATE));
    }

    @Test
    void revisions_keep_counting_up_after_a_reopen() {
        fixture.given(openedForAll(), proposed(1), proposed(2), decided("d-1", 2), reopened(2, "d-1"))
                .andGiven(inputsOfEveryone(openedForAll().gemeenten(), 2, "REGIONAAL"))
                .when(propose(allRegionaal()), Callers.programmateam())
                .expectEvents(new ThemeScaleProposed(ID, 2, 3, allRegionaal(), "Bundeling van expertise", Map.of(),
                        MANDATE));
    }

    @Test
    void a_proposal_without_a_scale_for_every_layer_is_refused() {
        fixture.given(openedForAll())
                .when(propose(Map.of("BELEID", "REGIONAAL", "BEDRIJFSVOERING", "LOKAAL")), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "scales"))
                .expectExceptionMessage("Kies een schaal voor laag Uitvoering uit lokaal, regionaal, bovenregionaal.");
    }

    @Test
    void a_proposal_for_an_unknown_layer_is_refused() {
        Map<String, String> scales = scales("REGIONAAL", "REGIONAAL", "LOKAAL");
        scales.put("FINANCIEN", "LOKAAL");
        fixture.given(openedForAll())
                .when(propose(scales), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "scales"))
                .expectExceptionMessage("Onbekende laag 'FINANCIEN'; kies uit Beleid, Bedrijfsvoering, Uitvoering.");
    }

    @Test
    void a_proposal_with_an_unknown_scale_is_refused() {
        fixture.given(openedForAll())
                .when(propose(scales("REGIONAAL", "NATIONAAL", "LOKAAL")), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "scales"))
                .expectExceptionMessage("Onbekende schaal voor laag Bedrijfsvoering 'NATIONAAL'; "
                        + "kies uit lokaal, regionaal, bovenregionaal.");
    }

    @Test
    void a_proposal_without_rationale_is_refused() {
        fixture.given(openedForAll())
                .when(new ProposeThemeScale(ID, allRegionaal(), " ", null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "rationale"))
                .expectExceptionMessage("Vul de onderbouwing in.");
    }

    @Test
    void a_rationale_longer_than_10000_characters_is_refused() {
        fixture.given(openedForAll())
                .when(new ProposeThemeScale(ID, allRegionaal(), "x".repeat(10_001), null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "rationale"));
    }

    @Test
    void a_bestuurder_may_not_propose() {
        fixture.given(openedForAll())
                .when(propose(allRegionaal()), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_proposal_on_a_decided_assessment_is_refused() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(propose(allRegionaal()), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }
}
