package nl.regiokompas.command.weighing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.weighing.ConfirmForm;
import nl.regiokompas.api.weighing.FormChosen;
import nl.regiokompas.api.weighing.FormConfirmed;
import nl.regiokompas.api.weighing.FormProposed;
import nl.regiokompas.api.weighing.FormZienswijzePeriodOpened;
import nl.regiokompas.api.weighing.FormZienswijzeRecorded;
import nl.regiokompas.api.weighing.OpenFormZienswijzePeriod;
import nl.regiokompas.api.weighing.RaadInformedOfForm;
import nl.regiokompas.api.weighing.RaadRoleRecorded;
import nl.regiokompas.api.weighing.RecordFormZienswijze;
import nl.regiokompas.api.weighing.RecordRaadInformedOfForm;
import nl.regiokompas.api.weighing.WeighedTheme;
import nl.regiokompas.api.weighing.WeighingOpened;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;

/** The raden in a form weighing: a zienswijze period on a revision, the raad's zienswijze, informing after the choice. */
class WeighingRadenTest {

    private static final String ID = "w-1";
    private static final FrameworkTerms TERMS = ZouFramework.terms();
    private static final WeighedTheme JEUGD = new WeighedTheme("JEUGD", "a-1", "d-1", 1);
    private static final List<String> GEMEENTEN = ZouFramework.GEMEENTEN;
    private static final Raadsbesluit BESLUIT = new Raadsbesluit(LocalDate.of(2027, 3, 4), "RB-2027-12", null);
    private static final LocalDate IN_A_MONTH = LocalDate.now().plusDays(30);
    private static final LocalDate INFORMED_ON = LocalDate.of(2027, 4, 1);

    private final AggregateTestFixture<Weighing> fixture =
            Fixtures.withAuditMetaData(new AggregateTestFixture<>(Weighing.class));

    private static List<Object> proposed() {
        return new ArrayList<>(List.of(
                new WeighingOpened(ID, "Vorm Jeugd", List.of(JEUGD), List.of("NETWERK", "CENTRUMREGELING_UITGEBREID"),
                        TERMS.formCriteria(), GEMEENTEN, 1, TERMS),
                new RaadRoleRecorded(ID, "NETWERK", "De raden stellen kaders per gemeente."),
                new FormProposed(ID, 1, "NETWERK", "Licht en snel")));
    }

    private static List<Object> withPeriod(LocalDate endsOn) {
        List<Object> events = proposed();
        events.add(new FormZienswijzePeriodOpened(ID, 1, endsOn));
        return events;
    }

    private static List<Object> chosen() {
        List<Object> events = proposed();
        GEMEENTEN.forEach(g -> events.add(new GenericEventMessage<>(new FormConfirmed(ID, g, 1, null))
                .andMetaData(Callers.bestuurder(g))));
        events.add(new FormChosen(ID, 1, "NETWERK", "Licht en snel", List.of(JEUGD), List.of()));
        return events;
    }

    private static FormZienswijzeRecorded zienswijze(String gemeente) {
        return new FormZienswijzeRecorded(ID, 1, gemeente, "De raad vraagt om een jaarlijkse evaluatie.", BESLUIT);
    }

    @Test
    void the_programmateam_opens_a_zienswijze_period_on_the_proposed_form() {
        fixture.given(proposed())
                .when(new OpenFormZienswijzePeriod(ID, IN_A_MONTH), Callers.programmateam())
                .expectEvents(new FormZienswijzePeriodOpened(ID, 1, IN_A_MONTH));
    }

    @Test
    void a_zienswijze_period_needs_a_proposal() {
        fixture.given(proposed().subList(0, 2))
                .when(new OpenFormZienswijzePeriod(ID, IN_A_MONTH), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er is nog geen voorgestelde vorm om de raden een zienswijze op te vragen.");
    }

    @Test
    void a_zienswijze_period_ends_after_today() {
        fixture.given(proposed())
                .when(new OpenFormZienswijzePeriod(ID, LocalDate.now().minusDays(1)), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "endsOn"));
    }

    @Test
    void a_zienswijze_period_opens_before_the_first_confirmation() {
        List<Object> given = proposed();
        given.add(new GenericEventMessage<>(new FormConfirmed(ID, "BUN", 1, null)).andMetaData(Callers.bestuurder("BUN")));
        fixture.given(given)
                .when(new OpenFormZienswijzePeriod(ID, IN_A_MONTH), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void only_the_programmateam_opens_a_zienswijze_period() {
        fixture.given(proposed())
                .when(new OpenFormZienswijzePeriod(ID, IN_A_MONTH), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void a_griffier_records_the_zienswijze_of_the_own_raad_during_the_period() {
        fixture.given(withPeriod(IN_A_MONTH))
                .when(new RecordFormZienswijze(ID, "HOU", "De raad vraagt om een jaarlijkse evaluatie.", BESLUIT),
                        Callers.griffier("HOU"))
                .expectEvents(zienswijze("HOU"));
    }

    @Test
    void a_griffier_records_only_for_the_own_raad() {
        fixture.given(withPeriod(IN_A_MONTH))
                .when(new RecordFormZienswijze(ID, "BUN", "Tekst", BESLUIT), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een griffier legt alleen vast voor de eigen gemeente (Houten), niet voor Bunnik.");
    }

    @Test
    void a_zienswijze_needs_a_running_period() {
        fixture.given(withPeriod(LocalDate.now().minusDays(1)))
                .when(new RecordFormZienswijze(ID, "HOU", "Tekst", BESLUIT), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er loopt geen zienswijzeperiode op het actuele voorstel (revisie 1).");
    }

    @Test
    void a_raad_gives_its_zienswijze_on_a_revision_once() {
        List<Object> given = withPeriod(IN_A_MONTH);
        given.add(zienswijze("HOU"));
        fixture.given(given)
                .when(new RecordFormZienswijze(ID, "HOU", "Nog een", BESLUIT), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_zienswijze_names_its_raadsbesluit() {
        fixture.given(withPeriod(IN_A_MONTH))
                .when(new RecordFormZienswijze(ID, "HOU", "Tekst", null), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "raadsbesluit"));
    }

    @Test
    void confirmations_wait_while_the_zienswijze_period_runs() {
        fixture.given(withPeriod(IN_A_MONTH))
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_confirmation_may_follow_once_every_raad_gave_its_zienswijze() {
        List<Object> given = withPeriod(IN_A_MONTH);
        GEMEENTEN.forEach(g -> given.add(zienswijze(g)));
        fixture.given(given)
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectEvents(new FormConfirmed(ID, "BUN", 1, null));
    }

    @Test
    void a_confirmation_may_follow_once_the_period_ended() {
        fixture.given(withPeriod(LocalDate.now().minusDays(1)))
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectEvents(new FormConfirmed(ID, "BUN", 1, null));
    }

    @Test
    void a_new_revision_is_not_held_by_the_period_on_the_earlier_one() {
        List<Object> given = withPeriod(IN_A_MONTH);
        given.add(new FormProposed(ID, 2, "NETWERK", "Met evaluatie"));
        fixture.given(given)
                .when(new ConfirmForm(ID, "BUN", 2, null), Callers.bestuurder("BUN"))
                .expectEvents(new FormConfirmed(ID, "BUN", 2, null));
    }

    @Test
    void the_griffier_records_that_the_raad_was_informed_of_the_chosen_form() {
        fixture.given(chosen())
                .when(new RecordRaadInformedOfForm(ID, "HOU", InformingKind.RAADSINFORMATIEBRIEF, INFORMED_ON,
                        "RIB-2027-08"), Callers.griffier("HOU"))
                .expectEvents(new RaadInformedOfForm(ID, "HOU", 1, InformingKind.RAADSINFORMATIEBRIEF, INFORMED_ON,
                        "RIB-2027-08"));
    }

    @Test
    void the_bestuurder_may_record_informing_the_own_raad() {
        fixture.given(chosen())
                .when(new RecordRaadInformedOfForm(ID, "BUN", InformingKind.RAADSVOORSTEL, INFORMED_ON, "RV-12"),
                        Callers.bestuurder("BUN"))
                .expectEvents(new RaadInformedOfForm(ID, "BUN", 1, InformingKind.RAADSVOORSTEL, INFORMED_ON, "RV-12"));
    }

    @Test
    void the_raad_is_informed_after_the_form_is_chosen() {
        fixture.given(proposed())
                .when(new RecordRaadInformedOfForm(ID, "HOU", InformingKind.RAADSINFORMATIEBRIEF, INFORMED_ON, "R"),
                        Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("De samenwerkingsvorm is nog niet gekozen; de raad wordt geïnformeerd nadat "
                        + "alle bestuurders de vorm bevestigden.");
    }

    @Test
    void informing_names_how_and_when() {
        fixture.given(chosen())
                .when(new RecordRaadInformedOfForm(ID, "HOU", null, INFORMED_ON, "R"), Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "kind"));
    }

    @Test
    void informing_is_recorded_only_for_the_own_raad() {
        fixture.given(chosen())
                .when(new RecordRaadInformedOfForm(ID, "BUN", InformingKind.RAADSINFORMATIEBRIEF, INFORMED_ON, "R"),
                        Callers.griffier("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }
}
