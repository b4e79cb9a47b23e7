package nl.regiokompas.command.assessment;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.OpenAssessment;
import nl.regiokompas.api.assessment.OpeningOutcome;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import nl.regiokompas.command.framework.Framework;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.ZouFramework.GEMEENTEN;
import static nl.regiokompas.command.assessment.AssessmentEvents.ID;

class AssessmentOpeningTest {

    private final AggregateTestFixture<Assessment> fixture = AssessmentEvents.fixture();

    private AggregateTestFixture<Assessment> withFramework(Repository<Framework> frameworkRepository) {
        fixture.registerAnnotatedCommandHandler(
                new AssessmentOpening(frameworkRepository, fixture.getRepository(), new RegionProperties(ZouFramework.REGION)));
        return fixture;
    }

    private AggregateTestFixture<Assessment> withTwoFrameworkVersions() {
        return withFramework(Fixtures.zouFrameworkRepository(2));
    }

    @Test
    void without_gemeenten_and_version_every_gemeente_takes_part_under_the_current_version() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", "Jeugd 2027", null, null), Callers.strateeg("BUN"))
                .expectEvents(new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", GEMEENTEN, 2, 1,
                        ZouFramework.terms(2)))
                .expectResultMessagePayload(new OpeningOutcome(ID, 0));
    }

    @Test
    void an_assessment_is_pinned_to_the_requested_framework_version() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", "Jeugd 2027", List.of("BUN", "HOU"), 1),
                        Callers.programmateam())
                .expectEvents(new AssessmentOpened(ID, "JEUGD", "Jeugd 2027", List.of("BUN", "HOU"), 1, 1,
                        ZouFramework.terms(1)));
    }

    @Test
    void a_blank_title_becomes_the_theme_code() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "WMO", "  ", List.of("ZST", "WBD"), 2), Callers.strateeg("ZST"))
                .expectEvents(new AssessmentOpened(ID, "WMO", "WMO", List.of("ZST", "WBD"), 2, 1,
                        ZouFramework.terms(2)));
    }

    @Test
    void an_unknown_framework_version_is_not_found() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, null, 9), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void without_an_adopted_framework_nothing_can_be_opened() {
        withFramework(Fixtures.emptyFrameworkRepository()).givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, null, null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_FOUND))
                .expectExceptionMessage("Regio ZOU heeft nog geen afwegingskader vastgesteld.");
    }

    @Test
    void an_unknown_theme_is_refused_with_the_known_themes() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "ONDERWIJS", null, null, null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "themeCode"))
                .expectExceptionMessage("Onbekend thema 'ONDERWIJS'; kies uit Jeugd, Wmo, Leerplicht.");
    }

    @Test
    void a_gemeente_outside_the_region_is_refused() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, List.of("BUN", "UTR"), null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeenten"))
                .expectExceptionMessage("Onbekende gemeente 'UTR'; kies uit Bunnik, Houten, Utrechtse Heuvelrug, Wijk bij Duurstede, Zeist.");
    }

    @Test
    void a_gemeente_named_twice_is_refused() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, List.of("BUN", "HOU", "BUN"), null),
                        Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeenten"))
                .expectExceptionMessage("Gemeente Bunnik staat dubbel in de lijst.");
    }

    @Test
    void an_assessment_needs_at_least_two_gemeenten() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, List.of("BUN"), null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeenten"));
    }

    @Test
    void a_title_longer_than_200_characters_is_refused() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", "x".repeat(201), null, null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "title"))
                .expectExceptionMessage("De titel is te lang: 201 tekens, maximaal 200.");
    }

    @Test
    void a_bestuurder_may_not_open_an_assessment() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, null, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als bestuurder mag u dit niet; dit mag alleen als strateeg of programmateam.");
    }

    @Test
    void a_raadslid_may_not_open_an_assessment() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, null, null), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_command_without_a_role_is_not_allowed() {
        withTwoFrameworkVersions().givenNoPriorActivity()
                .when(new OpenAssessment(ID, "JEUGD", null, null, null), Callers.withoutRole())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
