package nl.regiokompas.api.route;

import java.util.List;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on the region's route (phases 1 and 2), and by whom: the roles that may do it at all, and
 * the roles among them that may do it only for their own gemeente. Declared like
 * {@link nl.regiokompas.api.assessment.AssessmentAction}; the command side refuses by this table and the route
 * and proposal views tell the UI from it what the signed-in user may do.
 */
public enum RouteAction {
    PROPOSE_FRAMEWORK(List.of(PROGRAMMATEAM), List.of()),
    ADOPT_FRAMEWORK(List.of(BESTUURDER), List.of(BESTUURDER)),
    DECLINE_FRAMEWORK(List.of(BESTUURDER), List.of(BESTUURDER)),
    ADD_AGENDA_THEME(List.of(PROGRAMMATEAM), List.of()),
    SCORE_THEME(List.of(STRATEEG), List.of(STRATEEG)),
    RECORD_BESTUURSTAFEL(List.of(PROGRAMMATEAM), List.of()),
    EDIT_GLOSSARY(List.of(STRATEEG, BESTUURDER, PROGRAMMATEAM), List.of());

    private final List<Role> roles;
    private final List<Role> onlyForOwnGemeente;

    RouteAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
        this.roles = roles;
        this.onlyForOwnGemeente = onlyForOwnGemeente;
    }

    /** The roles that may do this at all, in the order refusals name them. */
    public List<Role> roles() {
        return roles;
    }

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }

    /** Whether this role, acting for {@code ownGemeente}, may do this for {@code gemeente}. */
    public boolean allowsFor(Role role, String ownGemeente, String gemeente) {
        return allows(role) && (!onlyForOwnGemeente.contains(role) || (ownGemeente != null && ownGemeente.equals(gemeente)));
    }
}
