package nl.regiokompas.command.weighing;

import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.weighing.ConfirmForm;
import nl.regiokompas.api.weighing.FormChosen;
import nl.regiokompas.api.weighing.FormConfirmed;
import nl.regiokompas.api.weighing.FormInterventionOpened;
import nl.regiokompas.api.weighing.FormInterventionResolved;
import nl.regiokompas.api.weighing.FormProposed;
import nl.regiokompas.api.weighing.FormScored;
import nl.regiokompas.api.weighing.InterveneOnForm;
import nl.regiokompas.api.weighing.OpenWeighing;
import nl.regiokompas.api.weighing.ProposeForm;
import nl.regiokompas.api.weighing.RaadRoleRecorded;
import nl.regiokompas.api.weighing.RecordRaadRole;
import nl.regiokompas.api.weighing.ResolveFormIntervention;
import nl.regiokompas.api.weighing.ScoreForm;
import nl.regiokompas.api.weighing.WeighedTheme;
import nl.regiokompas.api.weighing.WeighingOpened;
import nl.regiokompas.api.weighing.WeighingOutcome;
import nl.regiokompas.command.Callers;
import nl.regiokompas.command.Fixtures;
import nl.regiokompas.command.ZouFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.regiokompas.command.Fixtures.violation;

/** The rules of a form weighing (phase 4), one scenario each. */
class WeighingTest {

    static final String ID = "w-1";
    private static final FrameworkTerms TERMS = ZouFramework.terms();
    static final WeighedTheme JEUGD = new WeighedTheme("JEUGD", "a-1", "d-1", 1);
    private static final List<String> FORMS = List.of("NETWERK", "CENTRUMREGELING_UITGEBREID");
    static final List<String> GEMEENTEN = ZouFramework.GEMEENTEN;

    private final AggregateTestFixture<Weighing> fixture =
            Fixtures.withAuditMetaData(new AggregateTestFixture<>(Weighing.class));

    private AggregateTestFixture<Weighing> opening(DecidedThemes decided, int frameworkVersions) {
        fixture.registerAnnotatedCommandHandler(new WeighingOpening(Fixtures.zouFrameworkRepository(frameworkVersions),
                fixture.getRepository(), decided, new RegionProperties(ZouFramework.REGION)));
        return fixture;
    }

    private AggregateTestFixture<Weighing> openingWithJeugdDecided() {
        return opening(themes -> themes.contains("JEUGD") ? Map.of("JEUGD", JEUGD) : Map.of(), 1);
    }

    static WeighingOpened opened() {
        return new WeighingOpened(ID, "Vorm Jeugd", List.of(JEUGD), FORMS, TERMS.formCriteria(), GEMEENTEN, 1, TERMS);
    }

    private static ScoreForm score(String gemeente, int score) {
        return new ScoreForm(ID, gemeente, "NETWERK", "SNELHEID", score, "Snel te starten");
    }

    static RaadRoleRecorded raadRole() {
        return new RaadRoleRecorded(ID, "NETWERK", "De raden stellen kaders per gemeente; geen eigen bestuur.");
    }

    static FormProposed proposed(int revision) {
        return new FormProposed(ID, revision, "NETWERK", "Licht en snel");
    }

    static EventMessage<?> confirmed(String gemeente, int revision) {
        return new GenericEventMessage<>(new FormConfirmed(ID, gemeente, revision, null))
                .andMetaData(Callers.bestuurder(gemeente));
    }

    private static List<Object> confirmedByAllBut(String last) {
        List<Object> events = new ArrayList<>(List.of(opened(), raadRole(), proposed(1)));
        GEMEENTEN.stream().filter(g -> !g.equals(last)).forEach(g -> events.add(confirmed(g, 1)));
        return events;
    }

    @Test
    void a_weighing_covers_confirmed_themes_and_weighs_the_chosen_forms_on_the_eight_criteria() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, "Vorm Jeugd", List.of("JEUGD"), FORMS), Callers.strateeg("BUN"))
                .expectEvents(opened())
                .expectResultMessagePayload(new WeighingOutcome(ID, 0, null, false));
    }

    @Test
    void a_theme_without_a_confirmed_assessment_is_refused() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of("JEUGD", "WMO"), FORMS), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Thema Wmo heeft nog geen bevestigd afwegingstraject; de vorm volgt de inhoud, "
                        + "dus eerst de bestuurlijke bevestiging.");
    }

    @Test
    void a_weighing_needs_a_theme() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of(), FORMS), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "themeCodes"));
    }

    @Test
    void a_weighing_needs_two_different_known_forms() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of("JEUGD"), List.of("NETWERK")), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "forms"))
                .expectExceptionMessage("Kies ten minste twee samenwerkingsvormen om tegen elkaar af te wegen. Kies uit "
                        + "netwerkorganisatie, uitbreiding van de centrumregeling, openbaar lichaam (Wgr), "
                        + "(vrijwillige) centrumgemeente, ambtelijke poolvorming.");
    }

    @Test
    void a_form_named_twice_is_refused() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of("JEUGD"), List.of("NETWERK", "NETWERK")),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "forms"))
                .expectExceptionMessage("Netwerkorganisatie staat dubbel in de lijst.");
    }

    @Test
    void an_unknown_form_is_refused() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of("JEUGD"), List.of("NETWERK", "STICHTING")),
                        Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.INVALID, "forms"));
    }

    @Test
    void a_raadslid_may_not_open_a_weighing() {
        openingWithJeugdDecided().givenNoPriorActivity()
                .when(new OpenWeighing(ID, null, List.of("JEUGD"), FORMS), Callers.raadslid("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_framework_version_without_form_criteria_cannot_be_weighed_on() {
        FrameworkTerms withoutCriteria = FrameworkTerms.of(1, withoutFormCriteria(ZouFramework.content()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Weighing(
                        new OpenWeighing(ID, null, List.of("JEUGD"), FORMS), withoutCriteria, Map.of("JEUGD", JEUGD)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Versie 1 van het afwegingskader kent geen criteria voor de vormafweging; stel eerst een "
                        + "versie vast die ze bevat.");
    }

    @Test
    void a_strateeg_scores_a_form_on_a_criterion_for_the_own_gemeente() {
        fixture.given(opened())
                .when(score("HOU", 2), Callers.strateeg("HOU"))
                .expectEvents(new FormScored(ID, "HOU", "NETWERK", "SNELHEID", 2, "Snel te starten"))
                .expectResultMessagePayload(new WeighingOutcome(ID, 1, null, false));
    }

    @Test
    void a_strateeg_does_not_score_for_another_gemeente() {
        fixture.given(opened())
                .when(score("ZST", 1), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een strateeg scoort alleen voor de eigen gemeente (Houten), niet voor Zeist.");
    }

    @Test
    void only_a_strateeg_scores() {
        fixture.given(opened())
                .when(score("HOU", 1), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Als programmateam mag u dit niet; dit mag alleen als strateeg.");
    }

    @Test
    void a_score_outside_minus_two_to_plus_two_is_refused() {
        fixture.given(opened())
                .when(score("HOU", 3), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "score"))
                .expectExceptionMessage("Een score loopt van -2 tot en met +2; gegeven: 3.");
    }

    @Test
    void a_score_needs_an_argument() {
        fixture.given(opened())
                .when(new ScoreForm(ID, "HOU", "NETWERK", "SNELHEID", 1, " "), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "argument"));
    }

    @Test
    void a_criterion_outside_the_form_criteria_is_refused() {
        fixture.given(opened())
                .when(new ScoreForm(ID, "HOU", "NETWERK", "C1", 1, "x"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "criterion"));
    }

    @Test
    void a_form_this_weighing_does_not_weigh_is_refused() {
        fixture.given(opened())
                .when(new ScoreForm(ID, "HOU", "AMBTELIJKE_POOL", "SNELHEID", 1, "x"), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.INVALID, "form"));
    }

    @Test
    void what_a_form_means_for_the_raden_is_recorded() {
        fixture.given(opened())
                .when(new RecordRaadRole(ID, "NETWERK", raadRole().text()), Callers.programmateam())
                .expectEvents(raadRole());
    }

    @Test
    void a_form_is_proposed_only_once_its_meaning_for_the_raden_is_recorded() {
        fixture.given(opened())
                .when(new ProposeForm(ID, "NETWERK", "Licht en snel"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Leg eerst vast wat netwerkorganisatie betekent voor de rol van de raden; "
                        + "daarna kan de vorm worden voorgesteld.");
    }

    @Test
    void a_proposal_is_the_next_revision() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new ProposeForm(ID, "NETWERK", "Licht en snel"), Callers.strateeg("BUN"))
                .expectEvents(proposed(2))
                .expectResultMessagePayload(new WeighingOutcome(ID, 3, 2, false));
    }

    @Test
    void a_bestuurder_confirms_the_current_revision_for_the_own_gemeente() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new ConfirmForm(ID, "BUN", 1, "Akkoord"), Callers.bestuurder("BUN"))
                .expectEvents(new FormConfirmed(ID, "BUN", 1, "Akkoord"));
    }

    @Test
    void a_bestuurder_confirms_only_for_the_own_gemeente() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new ConfirmForm(ID, "HOU", 1, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectExceptionMessage("Een bestuurder bevestigt alleen voor de eigen gemeente (Bunnik), niet voor Houten.");
    }

    @Test
    void a_strateeg_may_not_confirm() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED));
    }

    @Test
    void nothing_can_be_confirmed_before_a_proposal() {
        fixture.given(opened())
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Er is nog geen voorgestelde vorm om te bevestigen.");
    }

    @Test
    void an_earlier_revision_cannot_be_confirmed() {
        fixture.given(opened(), raadRole(), proposed(1), proposed(2))
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("Revisie 1 is niet het actuele voorstel; het actuele voorstel is revisie 2.");
    }

    @Test
    void a_gemeente_confirms_a_revision_once() {
        fixture.given(opened(), raadRole(), proposed(1), confirmed("BUN", 1))
                .when(new ConfirmForm(ID, "BUN", 1, null), Callers.bestuurder("BUN"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage("De bestuurder van Bunnik heeft revisie 1 al bevestigd.");
    }

    @Test
    void a_new_revision_voids_the_earlier_confirmations() {
        List<Object> given = new ArrayList<>(confirmedByAllBut("ZST"));
        given.add(proposed(2));
        fixture.given(given)
                .when(new ConfirmForm(ID, "ZST", 2, null), Callers.bestuurder("ZST"))
                .expectEvents(new FormConfirmed(ID, "ZST", 2, null));
    }

    @Test
    void the_last_confirmation_chooses_the_form_for_every_theme_covered() {
        Instant now = fixture.currentTime();
        fixture.given(confirmedByAllBut("ZST"))
                .when(new ConfirmForm(ID, "ZST", 1, null), Callers.bestuurder("ZST"))
                .expectEvents(new FormConfirmed(ID, "ZST", 1, null),
                        new FormChosen(ID, 1, "NETWERK", "Licht en snel", List.of(JEUGD), GEMEENTEN.stream()
                                .map(g -> new Confirmation(g, 1, "bestuurder." + g.toLowerCase(), now)).toList()))
                .expectResultMessagePayload(new WeighingOutcome(ID, 8, null, true));
    }

    @Test
    void an_open_intervention_blocks_the_choice() {
        List<Object> given = new ArrayList<>(confirmedByAllBut("ZST"));
        given.add(new FormInterventionOpened(ID, "i-1", "BUN", 1, InterventionKind.BEZWAAR, "Raad wil eerst zienswijze"));
        fixture.given(given)
                .when(new ConfirmForm(ID, "ZST", 1, null), Callers.bestuurder("ZST"))
                .expectEvents(new FormConfirmed(ID, "ZST", 1, null));
    }

    @Test
    void a_bestuurder_intervenes_on_the_proposal_for_the_own_gemeente() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new InterveneOnForm(ID, "i-1", "BUN", InterventionKind.UITSTEL, "Raad eerst informeren"),
                        Callers.bestuurder("BUN"))
                .expectEvents(new FormInterventionOpened(ID, "i-1", "BUN", 1, InterventionKind.UITSTEL,
                        "Raad eerst informeren"));
    }

    /** Issue 11 §3 on the weighing as on the assessment: a strateeg signals to the bestuurder, never blocks. */
    @Test
    void a_strateeg_does_not_intervene_on_a_weighing() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new InterveneOnForm(ID, "i-1", "BUN", InterventionKind.BEZWAAR, "Raad eerst informeren"),
                        Callers.strateeg("BUN"))
                .expectException(violation(RuleViolation.Kind.NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void resolving_the_last_open_intervention_chooses_the_form_when_all_confirmed() {
        Instant now = fixture.currentTime();
        List<Object> given = new ArrayList<>(List.of(opened(), raadRole(), proposed(1),
                new FormInterventionOpened(ID, "i-1", "BUN", 1, InterventionKind.BEZWAAR, "Eerst de raad")));
        GEMEENTEN.forEach(g -> given.add(confirmed(g, 1)));
        fixture.given(given)
                .when(new ResolveFormIntervention(ID, "i-1", InterventionOutcome.INGETROKKEN, "Raad geïnformeerd"),
                        Callers.bestuurder("BUN"))
                .expectEvents(new FormInterventionResolved(ID, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                                "Raad geïnformeerd"),
                        new FormChosen(ID, 1, "NETWERK", "Licht en snel", List.of(JEUGD), GEMEENTEN.stream()
                                .map(g -> new Confirmation(g, 1, "bestuurder." + g.toLowerCase(), now)).toList()));
    }

    @Test
    void an_unknown_intervention_is_not_found() {
        fixture.given(opened(), raadRole(), proposed(1))
                .when(new ResolveFormIntervention(ID, "i-9", InterventionOutcome.VERWORPEN, "x"), Callers.programmateam())
                .expectException(violation(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void a_chosen_form_closes_the_weighing() {
        fixture.given(opened(), raadRole(), proposed(1),
                        new FormChosen(ID, 1, "NETWERK", "Licht en snel", List.of(JEUGD), List.of()))
                .when(score("HOU", 1), Callers.strateeg("HOU"))
                .expectException(violation(RuleViolation.Kind.ILLEGAL_STATE))
                .expectExceptionMessage(Weighing.CHOSEN);
    }

    private static FrameworkContent withoutFormCriteria(FrameworkContent c) {
        return new FrameworkContent(c.region(), c.gremia(), c.mandateRoles(), c.layers(), c.scales(),
                c.responsibilityKinds(), c.responsibilityLevels(), c.criteria(), c.outcomeGuideline(),
                c.preconditionKinds(), c.workingSteps(), c.phases(), c.governanceForms(), c.themes(),
                c.reflectionPrompts(), c.reflectionLevels(), c.handelingsperspectieven(), c.principles(), List.of());
    }
}
