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
    static final String MANDATE = "m-1";
    /** How many events {@link #packaged} adds: a holder for every kind of every layer, and one precondition. */
    static final int PACKAGE_EVENTS = 10;

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
        return new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", ZouFramework.GEMEENTEN, 1, 1, TERMS, MANDATE, 3);
    }

    static AssessmentOpened openedForBunAndHou() {
        return new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", BUN_AND_HOU, 1, 1, TERMS, MANDATE, 3);
    }

    /** The opening followed by everything a complete package needs besides its scales (see {@link #PACKAGE_EVENTS}). */
    static Object[] packaged(AssessmentOpened opened, Object... then) {
        List<Object> events = new java.util.ArrayList<>();
        events.add(opened);
        for (String layer : TERMS.layers()) {
            events.add(new nl.regiokompas.api.assessment.ResponsibilityAssigned(ID, 1, layer, "RICHTING", "BESTUURLIJK",
                    "Bestuurstafel"));
            events.add(new nl.regiokompas.api.assessment.ResponsibilityAssigned(ID, 1, layer, "ORGANISATIE", "AMBTELIJK",
                    "Programmateam"));
            events.add(new nl.regiokompas.api.assessment.ResponsibilityAssigned(ID, 1, layer, "UITVOERING",
                    "OPERATIONEEL", "Wijkteams"));
        }
        events.add(new nl.regiokompas.api.assessment.PreconditionRecorded(ID, 1, "p-0", "MIDDELEN", "Gedeeld budget"));
        events.addAll(List.of(then));
        return events.toArray();
    }

    static List<nl.regiokompas.api.assessment.Responsibility> responsibilitiesOfThePackage() {
        List<nl.regiokompas.api.assessment.Responsibility> responsibilities = new java.util.ArrayList<>();
        for (String layer : TERMS.layers()) {
            responsibilities.add(new nl.regiokompas.api.assessment.Responsibility(layer, "RICHTING", "BESTUURLIJK",
                    "Bestuurstafel"));
            responsibilities.add(new nl.regiokompas.api.assessment.Responsibility(layer, "ORGANISATIE", "AMBTELIJK",
                    "Programmateam"));
            responsibilities.add(new nl.regiokompas.api.assessment.Responsibility(layer, "UITVOERING", "OPERATIONEEL",
                    "Wijkteams"));
        }
        return responsibilities;
    }

    /** The opening followed by an input of every participant on every layer, each leaning to {@code leaning}. */
    static Object[] withInputOfEveryone(AssessmentOpened opened, String leaning, Object... then) {
        List<Object> events = new java.util.ArrayList<>();
        events.add(opened);
        events.addAll(inputsOfEveryone(opened.gemeenten(), 1, leaning));
        events.addAll(List.of(then));
        return events.toArray();
    }

    /** An input on criterion C1 of every gemeente on every layer in {@code cycle}, each leaning to {@code leaning}. */
    static List<Object> inputsOfEveryone(List<String> gemeenten, int cycle, String leaning) {
        List<Object> events = new java.util.ArrayList<>();
        for (String layer : TERMS.layers()) {
            for (String gemeente : gemeenten) {
                events.add(new CriterionInputRecorded(ID, cycle, gemeente, layer, "C1", leaning,
                        "Argument van " + gemeente));
            }
        }
        return events;
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
        return new ThemeScaleProposed(ID, cycle, revision, allRegionaal(), "Bundeling van expertise", Map.of(), MANDATE);
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
                        actual.responsibilities(), actual.preconditions(), actual.confirmations(),
                        actual.exceptions(), actual.mandateId(), actual.deviations()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a decision like ").appendValue(expected);
            }
        };
    }
}
