package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.AdoptFramework;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkContent.Criterion;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.ZouFramework;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.ZouFramework.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkTest {

    private AggregateTestFixture<Framework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Framework.class);
    }

    private static FrameworkAdopted adopted(int version) {
        return new FrameworkAdopted(REGION, version, ZouFramework.content(), "versie " + version);
    }

    @Test
    void first_adoption_creates_version_1() {
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, ZouFramework.content(), "Vastgesteld door de Bestuurstafel"),
                        Callers.programmateam())
                .expectEvents(new FrameworkAdopted(REGION, 1, ZouFramework.content(), "Vastgesteld door de Bestuurstafel"))
                .expectResultMessagePayload(1);
    }

    @Test
    void after_the_first_start_a_version_is_no_longer_adopted_directly_but_proposed() {
        fixture.given(adopted(1), adopted(2))
                .when(new AdoptFramework(REGION, ZouFramework.content(), "Evaluatie 2028"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Het afwegingskader is al vastgesteld (versie 2). Stel een nieuwe versie voor; "
                        + "die geldt zodra alle gemeenten haar hebben vastgesteld.")
                .expectNoEvents();
    }

    @Test
    void the_start_up_seeding_may_adopt_without_a_role() {
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, ZouFramework.content(), null),
                        Map.of(AuditMetaData.USER_ID, Framework.SEEDING_USER))
                .expectEvents(new FrameworkAdopted(REGION, 1, ZouFramework.content(), null));
    }

    @Test
    void a_strateeg_may_not_adopt_a_framework() {
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, ZouFramework.content(), null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void content_of_another_region_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework("UTR", ZouFramework.content(), null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "region"));
    }

    @Test
    void content_without_themes_is_refused() {
        FrameworkContent content = ZouFramework.content();
        FrameworkContent withoutThemes = new FrameworkContent(content.region(), content.gremia(),
                content.mandateRoles(), content.layers(), content.scales(), content.responsibilityKinds(),
                content.responsibilityLevels(), content.criteria(), content.outcomeGuideline(),
                content.preconditionKinds(), content.workingSteps(), content.phases(), content.governanceForms(),
                List.of(), content.reflectionPrompts(), content.reflectionLevels(), content.handelingsperspectieven(),
                content.principles(), content.formCriteria());
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, withoutThemes, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "themes"))
                .expectExceptionMessage("Het afwegingskader moet ten minste één thema bevatten.");
    }

    @Test
    void a_criterion_without_a_question_for_every_layer_is_refused() {
        FrameworkContent content = ZouFramework.content();
        List<Criterion> criteria = List.of(new Criterion("C1", "Complexiteit", "?",
                Map.of("BELEID", "Vraag?", "BEDRIJFSVOERING", "Vraag?")));
        FrameworkContent incomplete = new FrameworkContent(content.region(), content.gremia(),
                content.mandateRoles(), content.layers(), content.scales(), content.responsibilityKinds(),
                content.responsibilityLevels(), criteria, content.outcomeGuideline(),
                content.preconditionKinds(), content.workingSteps(), content.phases(), content.governanceForms(),
                content.themes(), content.reflectionPrompts(), content.reflectionLevels(),
                content.handelingsperspectieven(), content.principles(), content.formCriteria());
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, incomplete, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "criteria"))
                .expectExceptionMessage("Criterium 'Complexiteit' heeft geen vraag voor laag Uitvoering.");
    }

    @Test
    void content_without_form_criteria_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, withFormCriteria(List.of()), null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "formCriteria"))
                .expectExceptionMessage("Het afwegingskader moet ten minste één criterium voor de vormafweging bevatten.");
    }

    @Test
    void two_form_criteria_with_one_code_are_refused() {
        FrameworkContent twice = withFormCriteria(List.of(
                new FrameworkContent.FormCriterion("SNELHEID", "snelheid en flexibiliteit", "?"),
                new FrameworkContent.FormCriterion("SNELHEID", "beperkte bestuurlijke drukte", "?")));
        fixture.givenNoPriorActivity()
                .when(new AdoptFramework(REGION, twice, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "formCriteria"))
                .expectExceptionMessage("Criterium voor de vormafweging 'beperkte bestuurlijke drukte' heeft dezelfde "
                        + "code als een ander: SNELHEID.");
    }

    @Test
    void the_terms_list_and_name_the_form_criteria_in_the_frameworks_order() {
        FrameworkTerms terms = FrameworkTerms.of(1, ZouFramework.content());

        assertThat(terms.formCriteria()).hasSize(8).startsWith("EFFICIENCY", "KWALITEIT").endsWith("DAILY_URBAN_SYSTEM");
        assertThat(terms.nameOf(FrameworkTerms.Term.FORM_CRITERION, "SNELHEID")).isEqualTo("snelheid en flexibiliteit");
    }

    private static FrameworkContent withFormCriteria(List<FrameworkContent.FormCriterion> formCriteria) {
        FrameworkContent c = ZouFramework.content();
        return new FrameworkContent(c.region(), c.gremia(), c.mandateRoles(), c.layers(), c.scales(),
                c.responsibilityKinds(), c.responsibilityLevels(), c.criteria(), c.outcomeGuideline(),
                c.preconditionKinds(), c.workingSteps(), c.phases(), c.governanceForms(), c.themes(),
                c.reflectionPrompts(), c.reflectionLevels(), c.handelingsperspectieven(), c.principles(), formCriteria);
    }

    @Test
    void terms_are_kept_for_every_version_and_null_means_current() {
        Framework framework = new Framework();
        framework.on(adopted(1));
        framework.on(adopted(2));

        assertThat(framework.termsOf(1)).isEqualTo(FrameworkTerms.of(1, ZouFramework.content()));
        assertThat(framework.termsOf(null).version()).isEqualTo(2);
    }

    @Test
    void an_unknown_version_is_not_found() {
        Framework framework = new Framework();
        framework.on(adopted(1));

        assertThatThrownBy(() -> framework.termsOf(7))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Het afwegingskader van Zuidoost-Utrecht kent geen versie 7; vastgestelde versies: [1].")
                .extracting(e -> ((RuleViolation) e).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }
}
