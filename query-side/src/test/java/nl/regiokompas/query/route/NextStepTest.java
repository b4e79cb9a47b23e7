package nl.regiokompas.query.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.regiokompas.api.route.RoutePhase;
import org.junit.jupiter.api.Test;

/** What the route says comes next for a theme. */
class NextStepTest {

    @Test
    void on_the_agenda_it_names_who_still_has_to_score() {
        assertThat(NextStep.of(RoutePhase.OP_AGENDA, true, null, List.of("Houten", "Zeist")))
                .isEqualTo("Nog te scoren door Houten, Zeist; daarna bepaalt de Bestuurstafel de volgorde.");
        assertThat(NextStep.of(RoutePhase.OP_AGENDA, true, null, List.of()))
                .isEqualTo("De Bestuurstafel bepaalt de volgorde en of het thema in de huidige ronde komt.");
    }

    @Test
    void in_the_round_a_framework_theme_opens_its_assessment_and_an_added_one_first_enters_the_framework() {
        assertThat(NextStep.of(RoutePhase.IN_RONDE, true, null, List.of()))
                .isEqualTo("Een strateeg of het programmateam opent de afweging (fase 3).");
        assertThat(NextStep.of(RoutePhase.IN_RONDE, false, null, List.of()))
                .startsWith("Neem het thema op in een nieuwe versie van het afwegingskader");
    }

    @Test
    void a_follow_up_back_on_the_agenda_is_named_first() {
        assertThat(NextStep.of(RoutePhase.OP_AGENDA, true, "meer voorbereiding", List.of()))
                .startsWith("Vervolg: meer voorbereiding. De Bestuurstafel");
    }

    @Test
    void a_confirmed_theme_goes_on_to_the_form() {
        assertThat(NextStep.of(RoutePhase.BEVESTIGD, true, null, List.of()))
                .isEqualTo("Kies de samenwerkingsvorm die bij de inhoud past (fase 4).");
    }
}
