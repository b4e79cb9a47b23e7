package nl.regiokompas.command.raad;

import java.time.LocalDate;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.raad.AmendKader;
import nl.regiokompas.api.raad.KaderAmended;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KaderWithdrawn;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.SetKader;
import nl.regiokompas.api.raad.WithdrawKader;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;

class KaderTest {

    private static final String ID = "k-1";
    private static final Raadsbesluit BESLUIT = new Raadsbesluit(LocalDate.of(2027, 1, 28), "RB-2027-04", null);
    private static final Raadsbesluit LATER = new Raadsbesluit(LocalDate.of(2027, 6, 3), "RB-2027-31",
            "https://bunnik.raadsinformatie.nl/RB-2027-31");

    private AggregateTestFixture<Kader> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.withAuditMetaData(new AggregateTestFixture<>(Kader.class));
        fixture.registerAnnotatedCommandHandler(new KaderSetting(Fixtures.zouFrameworkRepository(1),
                fixture.getRepository(), new RegionProperties(ZouFramework.REGION)));
    }

    private static SetKader set(String gemeente) {
        return new SetKader(ID, gemeente, "JEUGD", "Wijkteams blijven lokaal aangestuurd.", BESLUIT);
    }

    private static KaderSet kaderSet() {
        return new KaderSet(ID, "BUN", "JEUGD", "Wijkteams blijven lokaal aangestuurd.", BESLUIT, ZouFramework.terms());
    }

    @Test
    void the_griffier_records_a_kader_of_the_own_raad_with_its_raadsbesluit() {
        fixture.givenNoPriorActivity()
                .when(set("BUN"), Callers.griffier("BUN"))
                .expectEvents(kaderSet());
    }

    @Test
    void a_griffier_records_no_kader_for_another_gemeente() {
        fixture.givenNoPriorActivity()
                .when(set("HOU"), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een griffier legt alleen vast voor de eigen gemeente (Bunnik), niet voor Houten.")
                .expectNoEvents();
    }

    @Test
    void a_bestuurder_or_raadslid_records_no_kader() {
        fixture.givenNoPriorActivity()
                .when(set("BUN"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
        fixture.givenNoPriorActivity()
                .when(set("BUN"), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_kader_without_raadsbesluit_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(new SetKader(ID, "BUN", "JEUGD", "Tekst", null), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "raadsbesluit"))
                .expectNoEvents();
    }

    @Test
    void a_kader_for_an_unknown_theme_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SetKader(ID, "BUN", "ZWEMMEN", "Tekst", BESLUIT), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "themeCode"));
    }

    @Test
    void a_raadsbesluit_link_that_is_no_web_address_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SetKader(ID, "BUN", "JEUGD", "Tekst",
                        new Raadsbesluit(LocalDate.of(2027, 1, 28), "RB-1", "javascript:alert(1)")), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "raadsbesluit"));
    }

    @Test
    void a_later_raadsbesluit_amends_the_kader_and_the_earlier_text_stays_in_the_history() {
        fixture.given(kaderSet())
                .when(new AmendKader(ID, "Wijkteams lokaal; specialistische zorg regionaal.", LATER),
                        Callers.griffier("BUN"))
                .expectEvents(new KaderAmended(ID, "BUN", "JEUGD", "Wijkteams lokaal; specialistische zorg regionaal.",
                        LATER));
    }

    @Test
    void a_later_raadsbesluit_withdraws_the_kader_once() {
        fixture.given(kaderSet())
                .when(new WithdrawKader(ID, LATER), Callers.griffier("BUN"))
                .expectEvents(new KaderWithdrawn(ID, "BUN", "JEUGD", LATER));
        fixture.given(kaderSet(), new KaderWithdrawn(ID, "BUN", "JEUGD", LATER))
                .when(new AmendKader(ID, "Nieuw", LATER), Callers.griffier("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void the_griffier_of_another_gemeente_may_not_amend_the_kader() {
        fixture.given(kaderSet())
                .when(new WithdrawKader(ID, LATER), Callers.griffier("ZST"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een griffier legt alleen vast voor de eigen gemeente (Zeist), niet voor Bunnik.");
    }
}
