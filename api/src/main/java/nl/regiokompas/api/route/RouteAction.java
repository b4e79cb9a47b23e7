package nl.regiokompas.api.route;

import java.util.List;

import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RoleRule;
import nl.regiokompas.api.common.RoleTable;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on the region's route (phases 1 and 2), and by whom: the roles that may do it at all, and
 * the roles among them that may do it only for their own gemeente. Declared like
 * {@link nl.regiokompas.api.assessment.AssessmentAction}; the command side refuses by this table and the route
 * and proposal views tell the UI from it what the signed-in user may do.
 */
public enum RouteAction implements RoleTable {
    PROPOSE_FRAMEWORK(List.of(PROGRAMMATEAM), List.of()),
    ADOPT_FRAMEWORK(List.of(BESTUURDER), List.of(BESTUURDER)),
    DECLINE_FRAMEWORK(List.of(BESTUURDER), List.of(BESTUURDER)),
    ADD_AGENDA_THEME(List.of(PROGRAMMATEAM), List.of()),
    SCORE_THEME(List.of(STRATEEG), List.of(STRATEEG)),
    RECORD_BESTUURSTAFEL(List.of(PROGRAMMATEAM), List.of()),
    EDIT_GLOSSARY(List.of(STRATEEG, BESTUURDER, PROGRAMMATEAM), List.of());

    private final RoleRule rule;

    RouteAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
        this.rule = new RoleRule(roles, onlyForOwnGemeente);
    }

    @Override
    public RoleRule rule() {
        return rule;
    }
}
