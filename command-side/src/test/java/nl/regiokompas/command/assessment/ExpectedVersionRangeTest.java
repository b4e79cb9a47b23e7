package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.common.CommandRefusal;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.common.ExpectedVersionRange;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;

/**
 * Given events get versions 0 and 1. A command may carry 0 or 1 as the version its sender saw; any other
 * value is refused as bad input on the field expectedVersion, without an event. Houten's input on the
 * same cell is the change a bad version would otherwise overwrite.
 */
class ExpectedVersionRangeTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    ExpectedVersionRangeTest() {
        fixture.registerCommandHandlerInterceptor(new ExpectedVersionRange());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -100, -101, Long.MIN_VALUE, 2, 99, Long.MAX_VALUE})
    void a_version_nobody_can_have_seen_is_refused_as_bad_input(long expectedVersion) {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", "LOKAAL"))
                .when(new RecordCriterionInput(ID, "HOU", "BELEID", "C3", "REGIONAAL", "Overschreven?",
                        expectedVersion), Callers.programmateam())
                .expectException(invalidExpectedVersion(expectedVersion))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1})
    void a_version_from_zero_to_the_current_one_is_judged_by_the_conflict_rules(long expectedVersion) {
        fixture.given(openedForAll(), input("HOU", "BELEID", "C3", "LOKAAL"))
                .when(new RecordCriterionInput(ID, "HOU", "BELEID", "C4", "REGIONAAL", "Andere cel",
                        expectedVersion), Callers.strateeg("HOU"))
                .expectEvents(new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C4", "REGIONAAL", "Andere cel"));
    }

    private static Matcher<CommandExecutionException> invalidExpectedVersion(long expectedVersion) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandExecutionException exception) {
                return exception.getDetails().orElse(null) instanceof CommandRefusal refusal
                        && refusal.kind() == RuleViolation.Kind.INVALID && "expectedVersion".equals(refusal.field())
                        && refusal.message().contains(String.valueOf(expectedVersion));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal of expectedVersion " + expectedVersion + " as bad input");
            }
        };
    }
}
