package nl.regiokompas.api.assessment;

import java.util.List;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.GRIFFIER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on an assessment, and by whom: the roles that may do it at all, and the roles among them
 * that may do it only for their own gemeente. The aggregate refuses commands by this table, and the
 * {@link AssessmentPolicy} tells the UI from it what the signed-in user may do next.
 */
public enum AssessmentAction {
    RECORD_INPUT(List.of(STRATEEG, PROGRAMMATEAM), List.of(STRATEEG)),
    PROPOSE_SCALE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    ASSIGN_RESPONSIBILITY(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    RECORD_PRECONDITION(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    CONFIRM(List.of(BESTUURDER), List.of(BESTUURDER)),
    INTERVENE(List.of(BESTUURDER, STRATEEG), List.of(BESTUURDER, STRATEEG)),
    RESOLVE_INTERVENTION(List.of(PROGRAMMATEAM), List.of()),
    REOPEN(List.of(PROGRAMMATEAM), List.of()),
    RECORD_GOVERNANCE_FORM(List.of(PROGRAMMATEAM), List.of()),
    // The gemeenteraad's part (issue 12): the griffier records for the own raad only.
    RECORD_RAAD_VERDICT(List.of(GRIFFIER), List.of(GRIFFIER)),
    OPEN_ZIENSWIJZE_PERIOD(List.of(PROGRAMMATEAM), List.of()),
    RECORD_ZIENSWIJZE(List.of(GRIFFIER), List.of(GRIFFIER)),
    ANSWER_ZIENSWIJZE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    RECORD_RAAD_INFORMED(List.of(BESTUURDER, GRIFFIER), List.of(BESTUURDER, GRIFFIER));

    private final List<Role> roles;
    private final List<Role> onlyForOwnGemeente;

    AssessmentAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
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
