package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.AdoptFrameworkVersion;
import nl.regiokompas.api.framework.DeclineFrameworkVersion;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkProposed;
import nl.regiokompas.api.framework.FrameworkVersionAdoptedByGemeente;
import nl.regiokompas.api.framework.FrameworkVersionDeclinedByGemeente;
import nl.regiokompas.api.framework.ProposeFramework;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.ZouFramework;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.ZouFramework.GEMEENTEN;
import static nl.regiokompas.command.ZouFramework.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phase 1 of the route: a new framework version is proposed and comes into force when every gemeente adopted it. */
class FrameworkProposalTest {

    private AggregateTestFixture<Framework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Framework.class);
    }

    static FrameworkContent withExtraPreconditionKind() {
        FrameworkContent c = ZouFramework.content();
        List<FrameworkContent.PreconditionKind> kinds = new ArrayList<>(c.preconditionKinds());
        kinds.add(new FrameworkContent.PreconditionKind("DATA", "gedeelde gegevens"));
        return new FrameworkContent(c.region(), c.gremia(), c.mandateRoles(), c.layers(), c.scales(),
                c.responsibilityKinds(), c.responsibilityLevels(), c.criteria(), c.outcomeGuideline(), kinds,
                c.workingSteps(), c.phases(), c.governanceForms(), c.themes(), c.reflectionPrompts(),
                c.reflectionLevels(), c.handelingsperspectieven(), c.principles(), c.formCriteria());
    }

    private static FrameworkAdopted seeded() {
        return new FrameworkAdopted(REGION, 1, ZouFramework.content(), "startgegevens");
    }

    private static FrameworkProposed proposed(int version, Integer supersedes) {
        return new FrameworkProposed(REGION, version, 1, withExtraPreconditionKind(), "Gegevensdeling erbij",
                GEMEENTEN, supersedes);
    }

    private static FrameworkVersionAdoptedByGemeente adoptedBy(String gemeente) {
        return new FrameworkVersionAdoptedByGemeente(REGION, 2, gemeente);
    }

    @Test
    void the_programmateam_proposes_the_next_version_for_every_participating_gemeente() {
        fixture.given(seeded())
                .when(new ProposeFramework(REGION, withExtraPreconditionKind(), "Gegevensdeling erbij"),
                        Callers.programmateam())
                .expectEvents(proposed(2, null))
                .expectResultMessagePayload(2);
    }

    @Test
    void only_the_programmateam_proposes() {
        fixture.given(seeded())
                .when(new ProposeFramework(REGION, withExtraPreconditionKind(), "x"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_proposal_is_validated_like_the_seed() {
        FrameworkContent c = ZouFramework.content();
        FrameworkContent withoutCriteria = new FrameworkContent(c.region(), c.gremia(), c.mandateRoles(), c.layers(),
                c.scales(), c.responsibilityKinds(), c.responsibilityLevels(), List.of(), c.outcomeGuideline(),
                c.preconditionKinds(), c.workingSteps(), c.phases(), c.governanceForms(), c.themes(),
                c.reflectionPrompts(), c.reflectionLevels(), c.handelingsperspectieven(), c.principles(), c.formCriteria());
        fixture.given(seeded())
                .when(new ProposeFramework(REGION, withoutCriteria, "x"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "criteria"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_equal_to_the_version_in_force_is_refused() {
        fixture.given(seeded())
                .when(new ProposeFramework(REGION, ZouFramework.content(), "x"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "content"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_needs_an_explanation() {
        fixture.given(seeded())
                .when(new ProposeFramework(REGION, withExtraPreconditionKind(), " "), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void a_new_proposal_supersedes_the_open_one() {
        fixture.given(seeded(), proposed(2, null))
                .when(new ProposeFramework(REGION, withExtraPreconditionKind(), "Gegevensdeling erbij"),
                        Callers.programmateam())
                .expectEvents(new FrameworkProposed(REGION, 3, 1, withExtraPreconditionKind(), "Gegevensdeling erbij",
                        GEMEENTEN, 2));
    }

    @Test
    void a_bestuurder_adopts_the_proposal_for_the_own_gemeente() {
        fixture.given(seeded(), proposed(2, null))
                .when(new AdoptFrameworkVersion(REGION, 2, "HOU"), Callers.bestuurder("HOU"))
                .expectEvents(adoptedBy("HOU"))
                .expectResultMessagePayload(false);
    }

    @Test
    void a_bestuurder_may_not_adopt_for_another_gemeente() {
        fixture.given(seeded(), proposed(2, null))
                .when(new AdoptFrameworkVersion(REGION, 2, "ZST"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als bestuurder van Houten mag u dit alleen voor de eigen gemeente doen, "
                        + "niet voor Zeist.")
                .expectNoEvents();
    }

    @Test
    void a_strateeg_may_not_adopt() {
        fixture.given(seeded(), proposed(2, null))
                .when(new AdoptFrameworkVersion(REGION, 2, "HOU"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void the_version_comes_into_force_when_the_last_gemeente_adopts_it() {
        fixture.given(seeded(), proposed(2, null), adoptedBy("BUN"), adoptedBy("HOU"), adoptedBy("UHR"), adoptedBy("WBD"))
                .when(new AdoptFrameworkVersion(REGION, 2, "ZST"), Callers.bestuurder("ZST"))
                .expectEvents(adoptedBy("ZST"),
                        new FrameworkAdopted(REGION, 2, withExtraPreconditionKind(), "Gegevensdeling erbij"))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_version_with_a_decline_does_not_come_into_force() {
        fixture.given(seeded(), proposed(2, null), adoptedBy("BUN"), adoptedBy("HOU"), adoptedBy("UHR"),
                        new FrameworkVersionDeclinedByGemeente(REGION, 2, "WBD", "Eerst de raad horen"))
                .when(new AdoptFrameworkVersion(REGION, 2, "ZST"), Callers.bestuurder("ZST"))
                .expectEvents(adoptedBy("ZST"));
    }

    @Test
    void a_gemeente_that_declined_may_still_adopt_and_bring_it_into_force() {
        fixture.given(seeded(), proposed(2, null), adoptedBy("BUN"), adoptedBy("HOU"), adoptedBy("UHR"), adoptedBy("ZST"),
                        new FrameworkVersionDeclinedByGemeente(REGION, 2, "WBD", "Eerst de raad horen"))
                .when(new AdoptFrameworkVersion(REGION, 2, "WBD"), Callers.bestuurder("WBD"))
                .expectEvents(new FrameworkVersionAdoptedByGemeente(REGION, 2, "WBD"),
                        new FrameworkAdopted(REGION, 2, withExtraPreconditionKind(), "Gegevensdeling erbij"));
    }

    @Test
    void a_bestuurder_declines_with_a_reason() {
        fixture.given(seeded(), proposed(2, null))
                .when(new DeclineFrameworkVersion(REGION, 2, "WBD", "Eerst de raad horen"), Callers.bestuurder("WBD"))
                .expectEvents(new FrameworkVersionDeclinedByGemeente(REGION, 2, "WBD", "Eerst de raad horen"));
    }

    @Test
    void a_decline_without_a_reason_is_refused() {
        fixture.given(seeded(), proposed(2, null))
                .when(new DeclineFrameworkVersion(REGION, 2, "WBD", ""), Callers.bestuurder("WBD"))
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void an_adopted_version_cannot_be_declined_or_adopted_again() {
        fixture.given(seeded(), proposed(2, null), adoptedBy("HOU"))
                .when(new DeclineFrameworkVersion(REGION, 2, "HOU", "Toch niet"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Houten heeft versie 2 al vastgesteld.");
        fixture.given(seeded(), proposed(2, null), adoptedBy("HOU"))
                .when(new AdoptFrameworkVersion(REGION, 2, "HOU"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_superseded_proposal_can_no_longer_be_adopted() {
        fixture.given(seeded(), proposed(2, null), proposed(3, 2))
                .when(new AdoptFrameworkVersion(REGION, 2, "HOU"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Versie 2 ligt niet meer voor: een later voorstel verving haar.")
                .expectNoEvents();
    }

    @Test
    void an_unknown_version_is_not_found() {
        fixture.given(seeded())
                .when(new AdoptFrameworkVersion(REGION, 7, "HOU"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void a_gemeente_outside_the_region_is_refused() {
        fixture.given(seeded(), proposed(2, null))
                .when(new AdoptFrameworkVersion(REGION, 2, "UTR"), Callers.bestuurder("UTR"))
                .expectException(violation(RuleViolation.Kind.INVALID, "gemeente"))
                .expectNoEvents();
    }

    @Test
    void assessments_open_only_on_a_version_in_force() {
        Framework framework = new Framework();
        framework.on(seeded());
        framework.on(proposed(2, null));

        assertThat(framework.termsOf(null).version()).isEqualTo(1);
        assertThatThrownBy(() -> framework.termsOf(2))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.ILLEGAL_STATE))
                .hasMessageContaining("voorgesteld maar nog niet in werking");

        framework.on(new FrameworkAdopted(REGION, 2, withExtraPreconditionKind(), "Gegevensdeling erbij"));
        assertThat(framework.termsOf(null).version()).isEqualTo(2);
        assertThat(framework.termsOf(null).preconditionKinds()).contains("DATA");
    }
}
