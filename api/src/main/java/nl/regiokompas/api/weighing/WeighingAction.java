package nl.regiokompas.api.weighing;

import java.util.List;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on a form weighing (phase 4), and by whom: the roles that may do it at all, and the roles among
 * them that may do it only for their own gemeente. The role table of the weighing, beside
 * {@code AssessmentAction}: the aggregate refuses by it and {@link WeighingPolicy} tells the UI from it.
 */
public enum WeighingAction {
    OPEN(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    SCORE(List.of(STRATEEG), List.of(STRATEEG)),
    RECORD_RAAD_ROLE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    PROPOSE_FORM(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    CONFIRM(List.of(BESTUURDER), List.of(BESTUURDER)),
    INTERVENE(List.of(BESTUURDER, STRATEEG), List.of(BESTUURDER, STRATEEG)),
    RESOLVE_INTERVENTION(List.of(PROGRAMMATEAM), List.of());

    private final List<Role> roles;
    private final List<Role> onlyForOwnGemeente;

    WeighingAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
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
