package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.Callers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;
import static nl.regiokompas.command.assessment.AssessmentEvents.decided;
import static nl.regiokompas.command.assessment.AssessmentEvents.input;
import static nl.regiokompas.command.assessment.AssessmentEvents.openedForAll;
import static nl.regiokompas.command.assessment.AssessmentEvents.proposed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the assessment passes one guard before its own rules, in this order: the role, the own
 * gemeente, unseen conflicting changes, the state (open, or decided for reopening and the form of
 * cooperation). Then the command's own checks follow.
 */
class GuardTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private static RecordCriterionInput inputSeenAt(long version, String gemeente, String layer) {
        return new RecordCriterionInput(ID, gemeente, layer, "C1", "REGIONAAL", "Mijn argument", version);
    }

    @Test
    void the_role_is_checked_before_anything_else() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(inputSeenAt(0, "HOU", "FOO"), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als raadslid mag u dit niet; dit mag alleen als strateeg of programmateam.");
    }

    @Test
    void the_own_gemeente_is_checked_before_unseen_changes() {
        fixture.given(openedForAll(), proposed(1))
                .when(inputSeenAt(0, "HOU", "BELEID"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een strateeg geeft alleen input voor de eigen gemeente (Bunnik), "
                        + "niet voor Houten.");
    }

    @Test
    void an_unseen_decision_is_reported_as_a_concurrent_change_before_the_decided_state() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(inputSeenAt(1, "BUN", "BELEID"), Callers.strateeg("BUN"))
                .expectException(ConcurrentChangeRefused.class)
                .expectNoEvents();
    }

    @Test
    void the_decided_state_is_checked_before_the_content_of_the_command() {
        fixture.given(openedForAll(), proposed(1), decided("d-1", 1))
                .when(inputSeenAt(2, "BUN", "FOO"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Assessment.DECIDED);
    }

    @Test
    void reopening_is_checked_for_a_decision_before_its_reason() {
        fixture.given(openedForAll(), input("BUN", "BELEID", "C1", "LOKAAL"))
                .when(new ReopenAssessment(ID, null, 1L), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Alleen een bestuurlijk bevestigd afwegingstraject kan worden heropend.");
    }

    @Test
    void every_command_of_the_assessment_has_a_conflict_rule() {
        Set<Class<?>> handled = Arrays.stream(Assessment.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(Method::getParameterTypes)
                .map(parameters -> parameters[0])
                .collect(Collectors.toSet());

        assertThat(ConflictRules.commandTypes()).containsExactlyInAnyOrderElementsOf(handled);
    }

    @Test
    void a_missing_choice_is_asked_for_by_its_dutch_label_and_the_names_of_the_choices() {
        fixture.given(openedForAll())
                .when(new AssignResponsibility(ID, "BELEID", "RICHTING", null, "Bestuurstafel", 0L),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "level"))
                .expectExceptionMessage("Kies het niveau uit bestuurlijk, ambtelijk, operationeel.");
    }

    @Test
    void an_assessment_opened_before_terms_carried_names_names_its_codes() {
        FrameworkTerms t = AssessmentEvents.TERMS;
        FrameworkTerms withoutNames = new FrameworkTerms(t.version(), t.regionCode(), t.gemeenten(), t.themes(),
                t.layers(), t.scales(), t.criteria(), t.responsibilityKinds(), t.responsibilityLevels(),
                t.preconditionKinds(), t.mandateRoles(), t.governanceForms(), t.reflectionLevels(),
                t.reflectionPrompts(), null);

        fixture.given(new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", AssessmentEvents.BUN_AND_HOU, 1, 1, withoutNames))
                .when(inputSeenAt(0, "ZST", "BELEID"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeente"))
                .expectExceptionMessage(Matchers.containsString("Gemeente 'ZST' neemt niet deel"));
    }
}
