package nl.regiokompas.api.route;

import static nl.regiokompas.api.common.Role.AUDITOR;
import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.RAADSLID;
import static nl.regiokompas.api.common.Role.STRATEEG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.Role;
import org.junit.jupiter.api.Test;

/** The role matrix of the route: who may do what in phases 1 and 2, and for which gemeente. */
class RouteActionTest {

    private static final List<String> GEMEENTEN = List.of("BUN", "HOU", "ZST");

    @Test
    void the_matrix_of_roles_and_route_actions() {
        Map<RouteAction, List<Role>> expected = new EnumMap<>(RouteAction.class);
        expected.put(RouteAction.PROPOSE_FRAMEWORK, List.of(PROGRAMMATEAM));
        expected.put(RouteAction.ADOPT_FRAMEWORK, List.of(BESTUURDER));
        expected.put(RouteAction.DECLINE_FRAMEWORK, List.of(BESTUURDER));
        expected.put(RouteAction.ADD_AGENDA_THEME, List.of(PROGRAMMATEAM));
        expected.put(RouteAction.SCORE_THEME, List.of(STRATEEG));
        expected.put(RouteAction.RECORD_BESTUURSTAFEL, List.of(PROGRAMMATEAM));
        expected.put(RouteAction.EDIT_GLOSSARY, List.of(STRATEEG, BESTUURDER, PROGRAMMATEAM));

        for (RouteAction action : RouteAction.values()) {
            List<Role> allowed = Arrays.stream(Role.values()).filter(action::allows).toList();
            assertThat(allowed).as(action.name()).containsExactlyInAnyOrderElementsOf(expected.get(action));
        }
    }

    @Test
    void readers_may_do_nothing_on_the_route() {
        for (RouteAction action : RouteAction.values()) {
            assertThat(action.allows(RAADSLID)).as(action.name()).isFalse();
            assertThat(action.allows(AUDITOR)).as(action.name()).isFalse();
        }
    }

    @Test
    void a_bestuurder_adopts_and_a_strateeg_scores_only_for_the_own_gemeente() {
        assertThat(RouteAction.ADOPT_FRAMEWORK.allowsFor(BESTUURDER, "HOU", "HOU")).isTrue();
        assertThat(RouteAction.ADOPT_FRAMEWORK.allowsFor(BESTUURDER, "HOU", "ZST")).isFalse();
        assertThat(RouteAction.DECLINE_FRAMEWORK.allowsFor(BESTUURDER, "HOU", "ZST")).isFalse();
        assertThat(RouteAction.SCORE_THEME.allowsFor(STRATEEG, "BUN", "BUN")).isTrue();
        assertThat(RouteAction.SCORE_THEME.allowsFor(STRATEEG, "BUN", "HOU")).isFalse();
    }

    @Test
    void the_route_page_offers_each_user_what_the_matrix_allows() {
        assertThat(RouteView.Allowed.of(STRATEEG, "HOU", GEMEENTEN))
                .isEqualTo(new RouteView.Allowed(List.of("HOU"), false, false, true));
        assertThat(RouteView.Allowed.of(PROGRAMMATEAM, null, GEMEENTEN))
                .isEqualTo(new RouteView.Allowed(List.of(), true, true, true));
        assertThat(RouteView.Allowed.of(RAADSLID, "HOU", GEMEENTEN))
                .isEqualTo(new RouteView.Allowed(List.of(), false, false, false));
    }

    @Test
    void the_phase_follows_what_happened_to_the_theme() {
        assertThat(RoutePhase.of(false, null, null)).isEqualTo(RoutePhase.OP_AGENDA);
        assertThat(RoutePhase.of(true, null, null)).isEqualTo(RoutePhase.IN_RONDE);
        assertThat(RoutePhase.of(true, RouteView.RUNNING, null)).isEqualTo(RoutePhase.AFWEGING_LOOPT);
        assertThat(RoutePhase.of(false, RouteView.CONFIRMED, null)).isEqualTo(RoutePhase.BEVESTIGD);
        assertThat(RoutePhase.of(false, RouteView.CONFIRMED, "NETWERK")).isEqualTo(RoutePhase.VORM_GEKOZEN);
    }
}
