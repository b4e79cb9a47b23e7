package nl.regiokompas.command.mandate;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.mandate.AmendMandate;
import nl.regiokompas.api.mandate.EndMandate;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.api.mandate.RegisterMandate;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.regiokompas.command.Fixtures.violation;

class MandateTest {

    private static final String ID = "m-1";
    private static final List<Power> POWERS = List.of(
            new Power("Vaststellen inkoopstrategie jeugd", "BESTUURLIJK_OPDRACHTGEVER"),
            new Power("Gunning percelen", "AMBTELIJK_OPDRACHTGEVER"));

    private AggregateTestFixture<Mandate> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.withAuditMetaData(new AggregateTestFixture<>(Mandate.class));
        fixture.registerAnnotatedCommandHandler(new MandateRegistration(Fixtures.zouFrameworkRepository(1),
                fixture.getRepository(), new RegionProperties(ZouFramework.REGION)));
    }

    private static RegisterMandate register(String themeCode, List<Power> powers) {
        return new RegisterMandate(ID, themeCode, "Wethouder Jeugd Houten", "Manager PT", "Projectleider Jeugd",
                powers);
    }

    private static MandateRegistered registered() {
        return new MandateRegistered(ID, "JEUGD", "Wethouder Jeugd Houten", "Manager PT", "Projectleider Jeugd",
                POWERS, ZouFramework.terms());
    }

    private static AmendMandate amend(List<Power> powers, String reason) {
        return new AmendMandate(ID, "Wethouder Jeugd Zeist", "Manager PT", "Projectleider Jeugd", powers, reason);
    }

    @Test
    void the_programmateam_registers_a_mandate_with_the_terms_it_was_checked_against() {
        fixture.givenNoPriorActivity()
                .when(register("JEUGD", POWERS), Callers.programmateam())
                .expectEvents(registered())
                .expectResultMessagePayload(ID);
    }

    @Test
    void a_strateeg_may_not_register_a_mandate() {
        fixture.givenNoPriorActivity()
                .when(register("JEUGD", POWERS), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_mandate_for_an_unknown_theme_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("SPORT", POWERS), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "themeCode"));
    }

    @Test
    void every_role_of_the_gouden_driehoek_must_be_filled_in() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMandate(ID, "JEUGD", "Wethouder", " ", "Projectleider", POWERS),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "ambtelijkOpdrachtgever"))
                .expectExceptionMessage("Vul de ambtelijk opdrachtgever in.");
    }

    @Test
    void a_holder_name_longer_than_200_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMandate(ID, "JEUGD", "x".repeat(201), "Manager", "Projectleider", POWERS),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "bestuurlijkOpdrachtgever"));
    }

    @Test
    void a_power_under_an_unknown_mandate_role_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("JEUGD", List.of(new Power("Gunning", "WETHOUDER"))), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "powers"))
                .expectExceptionMessage("Onbekende mandaatrol 'WETHOUDER'; kies uit bestuurlijk opdrachtgever, "
                        + "ambtelijk opdrachtgever, ambtenaar 5.0 / projectleider.");
    }

    @Test
    void a_power_without_decision_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("JEUGD", List.of(new Power("", "AMBTENAAR_5_0"))), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "powers"));
    }

    @Test
    void a_power_decision_longer_than_500_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("JEUGD", List.of(new Power("x".repeat(501), "AMBTENAAR_5_0"))),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "powers"));
    }

    @Test
    void a_mandate_is_amended_with_a_reason() {
        fixture.given(registered())
                .when(amend(POWERS, "Nieuwe portefeuilleverdeling"), Callers.programmateam())
                .expectEvents(new MandateAmended(ID, "JEUGD", "Wethouder Jeugd Zeist", "Manager PT",
                        "Projectleider Jeugd", POWERS, "Nieuwe portefeuilleverdeling"));
    }

    @Test
    void an_amendment_is_checked_against_the_mandate_roles_of_its_registration() {
        fixture.given(registered())
                .when(amend(List.of(new Power("Gunning", "WETHOUDER")), "Wijziging"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "powers"));
    }

    @Test
    void an_amendment_without_reason_is_refused() {
        fixture.given(registered())
                .when(amend(POWERS, null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"));
    }

    @Test
    void a_bestuurder_may_not_amend_a_mandate() {
        fixture.given(registered())
                .when(amend(POWERS, "Wijziging"), Callers.bestuurder("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void an_ended_mandate_cannot_be_amended() {
        fixture.given(registered(), new MandateEnded(ID, "JEUGD", "Opgave afgerond"))
                .when(amend(POWERS, "Wijziging"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_mandate_is_ended_with_a_reason() {
        fixture.given(registered())
                .when(new EndMandate(ID, "Opgave afgerond"), Callers.programmateam())
                .expectEvents(new MandateEnded(ID, "JEUGD", "Opgave afgerond"));
    }

    @Test
    void ending_needs_a_reason() {
        fixture.given(registered())
                .when(new EndMandate(ID, " "), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "reason"));
    }

    @Test
    void a_mandate_is_ended_only_once() {
        fixture.given(registered(), new MandateEnded(ID, "JEUGD", "Opgave afgerond"))
                .when(new EndMandate(ID, "Nogmaals"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Dit mandaat is beëindigd; registreer zo nodig een nieuw mandaat.");
    }
}
