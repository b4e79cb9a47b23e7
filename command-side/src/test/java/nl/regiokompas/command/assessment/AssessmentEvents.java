package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.ZouFramework;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Ready-made events of assessment "a-1" on theme JEUGD, so that each test states only what matters to it. */
final class AssessmentEvents {

    static final String ID = "a-1";
    static final FrameworkTerms TERMS = ZouFramework.terms();
    static final List<String> BUN_AND_HOU = List.of("BUN", "HOU");

    private AssessmentEvents() {
    }

    static AggregateTestFixture<Assessment> fixture() {
        return fixture(nl.regiokompas.command.raad.KaderLookup.NONE);
    }

    /** A fixture whose confirmations are checked against {@code kaders} in force. */
    static AggregateTestFixture<Assessment> fixture(nl.regiokompas.command.raad.KaderLookup kaders) {
        AggregateTestFixture<Assessment> fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(kaders);
        return nl.regiokompas.command.Fixtures.withAuditMetaData(fixture);
    }

    static AssessmentOpened openedForAll() {
        return new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", ZouFramework.GEMEENTEN, 1, 1, TERMS);
    }

    static AssessmentOpened openedForBunAndHou() {
        return new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", BUN_AND_HOU, 1, 1, TERMS);
    }

    static Map<String, String> scales(String beleid, String bedrijfsvoering, String uitvoering) {
        Map<String, String> scales = new LinkedHashMap<>();
        scales.put("BELEID", beleid);
        scales.put("BEDRIJFSVOERING", bedrijfsvoering);
        scales.put("UITVOERING", uitvoering);
        return scales;
    }

    static Map<String, String> allRegionaal() {
        return scales("REGIONAAL", "REGIONAAL", "REGIONAAL");
    }

    static ThemeScaleProposed proposed(int revision) {
        return proposed(1, revision);
    }

    static ThemeScaleProposed proposed(int cycle, int revision) {
        return new ThemeScaleProposed(ID, cycle, revision, allRegionaal(), "Bundeling van expertise");
    }

    static CriterionInputRecorded input(String gemeente, String layer, String criterion, String leaning) {
        return new CriterionInputRecorded(ID, 1, gemeente, layer, criterion, leaning, "Argument van " + gemeente);
    }

    /** A confirmation as the event store holds it: with the bestuurder's user id in the metadata. */
    static EventMessage<?> confirmed(String gemeente, int revision) {
        return new GenericEventMessage<>(new ConfirmedByBestuurder(ID, 1, gemeente, revision, null))
                .andMetaData(Callers.bestuurder(gemeente));
    }

    static LocalInterventionOpened interventionOpened(String interventionId, String gemeente) {
        return new LocalInterventionOpened(ID, 1, interventionId, gemeente, "UITVOERING", InterventionKind.BEZWAAR,
                "Lokale wijkteams verdwijnen");
    }

    static DecisionRecorded decided(String decisionId, int revision) {
        return new DecisionRecorded(ID, decisionId, "JEUGD", 1, revision, allRegionaal(), List.of(), List.of(),
                List.of());
    }

    static AssessmentReopened reopened(int cycle, String previousDecisionId) {
        return new AssessmentReopened(ID, cycle, previousDecisionId, "Evaluatie 2028");
    }

    static String userOf(Map<String, Object> caller) {
        return (String) caller.get(AuditMetaData.USER_ID);
    }

    /** A decision equal to {@code expected} except for its id, which the aggregate generates. */
    static Matcher<Object> decisionLike(DecisionRecorded expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                if (!(item instanceof DecisionRecorded actual) || actual.decisionId() == null) {
                    return false;
                }
                return Objects.equals(expected, new DecisionRecorded(actual.assessmentId(), expected.decisionId(),
                        actual.themeCode(), actual.cycle(), actual.revision(), actual.scales(),
                        actual.responsibilities(), actual.preconditions(), actual.confirmations()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a decision like ").appendValue(expected);
            }
        };
    }
}
