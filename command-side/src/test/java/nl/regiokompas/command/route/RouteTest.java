package nl.regiokompas.command.route;

import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.route.AddAgendaTheme;
import nl.regiokompas.api.route.AgendaThemeAdded;
import nl.regiokompas.api.route.BestuurstafelOrderRecorded;
import nl.regiokompas.api.route.EditGlossaryTerm;
import nl.regiokompas.api.route.GlossaryTermEdited;
import nl.regiokompas.api.route.RecordBestuurstafel;
import nl.regiokompas.api.route.ScoreTheme;
import nl.regiokompas.api.route.ThemeScored;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.command.Fixtures.violation;
import static nl.regiokompas.command.ZouFramework.REGION;

/** Phase 2 of the route: the agenda, the scores, the Bestuurstafel and the glossary. */
class RouteTest {

    private static final LocalDate MEETING = LocalDate.of(2027, 3, 4);
    private static final AgendaThemeAdded WONEN = new AgendaThemeAdded(REGION, "WONEN_ZORG", "Wonen en zorg",
            "Huisvesting van kwetsbare inwoners");

    private AggregateTestFixture<Route> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.withAuditMetaData(new AggregateTestFixture<>(Route.class));
        fixture.registerAnnotatedCommandHandler(new RouteCommands(Fixtures.zouFrameworkRepository(1),
                fixture.getRepository(), new RegionProperties(REGION)));
    }

    @Test
    void the_programmateam_adds_a_theme_with_a_description() {
        fixture.givenNoPriorActivity()
                .when(new AddAgendaTheme(REGION, "WONEN_ZORG", "Wonen en zorg", "Huisvesting van kwetsbare inwoners"),
                        Callers.programmateam())
                .expectEvents(WONEN);
    }

    @Test
    void a_strateeg_may_not_add_a_theme() {
        fixture.givenNoPriorActivity()
                .when(new AddAgendaTheme(REGION, "WONEN_ZORG", "Wonen en zorg", "x"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_theme_without_a_description_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new AddAgendaTheme(REGION, "WONEN_ZORG", "Wonen en zorg", ""), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "description"))
                .expectNoEvents();
    }

    @Test
    void a_theme_already_on_the_agenda_is_refused() {
        fixture.given(WONEN)
                .when(new AddAgendaTheme(REGION, "JEUGD", "Jeugd", "dubbel"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Thema 'JEUGD' staat al op de agenda.");
        fixture.given(WONEN)
                .when(new AddAgendaTheme(REGION, "WONEN_ZORG", "Wonen", "dubbel"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE));
    }

    @Test
    void a_strateeg_scores_a_theme_for_the_own_gemeente() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "BUN", 5, 4, "Wachtlijsten groeien"), Callers.strateeg("BUN"))
                .expectEvents(new ThemeScored(REGION, "JEUGD", "BUN", 5, 4, "Wachtlijsten groeien"));
    }

    @Test
    void an_added_theme_can_be_scored() {
        fixture.given(WONEN)
                .when(new ScoreTheme(REGION, "WONEN_ZORG", "HOU", 3, 2, "Speelt vooral lokaal"), Callers.strateeg("HOU"))
                .expectEvents(new ThemeScored(REGION, "WONEN_ZORG", "HOU", 3, 2, "Speelt vooral lokaal"));
    }

    @Test
    void a_strateeg_may_not_score_for_another_gemeente() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "ZST", 5, 4, "x"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als strateeg van Bunnik mag u dit alleen voor de eigen gemeente doen, niet voor Zeist.")
                .expectNoEvents();
    }

    @Test
    void a_bestuurder_does_not_score() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "BUN", 5, 4, "x"), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_score_outside_one_to_five_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "BUN", 6, 4, "x"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "urgency"))
                .expectExceptionMessage("Geef de urgentie als een getal van 1 (laag) tot 5 (hoog).")
                .expectNoEvents();
    }

    @Test
    void a_score_needs_an_argument_and_a_known_theme() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "BUN", 3, 3, " "), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "argument"));
        fixture.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "ONBEKEND", "BUN", 3, 3, "x"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.INVALID, "themeCode"))
                .expectNoEvents();
    }

    @Test
    void the_programmateam_records_the_order_and_round_of_the_bestuurstafel() {
        fixture.given(WONEN)
                .when(new RecordBestuurstafel(REGION, MEETING, List.of("JEUGD", "WONEN_ZORG", "WMO"), List.of("JEUGD"),
                        "Jeugd eerst"), Callers.programmateam())
                .expectEvents(new BestuurstafelOrderRecorded(REGION, MEETING, List.of("JEUGD", "WONEN_ZORG", "WMO"),
                        List.of("JEUGD"), "Jeugd eerst"));
    }

    @Test
    void the_bestuurstafel_needs_a_meeting_date() {
        fixture.givenNoPriorActivity()
                .when(new RecordBestuurstafel(REGION, null, List.of("JEUGD"), List.of(), null), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "meetingDate"))
                .expectNoEvents();
    }

    @Test
    void the_bestuurstafel_names_each_theme_once_and_only_themes_on_the_agenda() {
        fixture.givenNoPriorActivity()
                .when(new RecordBestuurstafel(REGION, MEETING, List.of("JEUGD", "JEUGD"), List.of(), null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "order"))
                .expectExceptionMessage("Thema Jeugd staat twee keer in de volgorde.");
        fixture.givenNoPriorActivity()
                .when(new RecordBestuurstafel(REGION, MEETING, List.of(), List.of("ONBEKEND"), null),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "currentRound"));
    }

    @Test
    void only_the_programmateam_records_the_bestuurstafel() {
        fixture.givenNoPriorActivity()
                .when(new RecordBestuurstafel(REGION, MEETING, List.of("JEUGD"), List.of(), null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_glossary_term_gets_its_first_revision() {
        fixture.givenNoPriorActivity()
                .when(new EditGlossaryTerm(REGION, "mandaat", "De bevoegdheid om namens ...", 0), Callers.strateeg("ZST"))
                .expectEvents(new GlossaryTermEdited(REGION, "mandaat", 1, "De bevoegdheid om namens ..."))
                .expectResultMessagePayload(1);
    }

    @Test
    void an_edit_of_the_revision_seen_adds_the_next_revision() {
        fixture.given(new GlossaryTermEdited(REGION, "mandaat", 1, "eerste"))
                .when(new EditGlossaryTerm(REGION, "Mandaat", "tweede", 1), Callers.bestuurder("HOU"))
                .expectEvents(new GlossaryTermEdited(REGION, "Mandaat", 2, "tweede"));
    }

    @Test
    void an_edit_of_an_older_revision_is_refused() {
        fixture.given(new GlossaryTermEdited(REGION, "mandaat", 1, "eerste"),
                        new GlossaryTermEdited(REGION, "mandaat", 2, "tweede"))
                .when(new EditGlossaryTerm(REGION, "mandaat", "derde", 1), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void readers_do_not_edit_the_glossary() {
        fixture.givenNoPriorActivity()
                .when(new EditGlossaryTerm(REGION, "mandaat", "x", 0), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void the_route_waits_for_a_framework_in_force() {
        AggregateTestFixture<Route> withoutFramework = new AggregateTestFixture<>(Route.class);
        withoutFramework.registerAnnotatedCommandHandler(new RouteCommands(Fixtures.emptyFrameworkRepository(),
                withoutFramework.getRepository(), new RegionProperties(ZouFramework.REGION)));
        withoutFramework.givenNoPriorActivity()
                .when(new ScoreTheme(REGION, "JEUGD", "BUN", 3, 3, "x"), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_FOUND))
                .expectNoEvents();
    }
}
