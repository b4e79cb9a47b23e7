package nl.regiokompas.api.weighing;

import java.util.List;

import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RoleRule;
import nl.regiokompas.api.common.RoleTable;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.GRIFFIER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on a form weighing (phase 4), and by whom: the roles that may do it at all, and the roles among
 * them that may do it only for their own gemeente. The role table of the weighing, beside
 * {@code AssessmentAction}: the aggregate refuses by it and {@link WeighingPolicy} tells the UI from it.
 */
public enum WeighingAction implements RoleTable {
    OPEN(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    SCORE(List.of(STRATEEG), List.of(STRATEEG)),
    RECORD_RAAD_ROLE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    PROPOSE_FORM(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    CONFIRM(List.of(BESTUURDER), List.of(BESTUURDER)),
    // issue 11 §3 as on the assessment: only the bestuurder blocks; a strateeg signals to the own bestuurder
    INTERVENE(List.of(BESTUURDER), List.of(BESTUURDER)),
    // which outcome a role may choose (the own bestuurder withdraws; no one overrules) is InterventionOutcomeRules
    RESOLVE_INTERVENTION(List.of(PROGRAMMATEAM, BESTUURDER), List.of()),
    // the raden (issue 12's mechanisms on the weighing)
    OPEN_ZIENSWIJZE_PERIOD(List.of(PROGRAMMATEAM), List.of()),
    RECORD_ZIENSWIJZE(List.of(GRIFFIER), List.of(GRIFFIER)),
    RECORD_RAAD_INFORMED(List.of(BESTUURDER, GRIFFIER), List.of(BESTUURDER, GRIFFIER));

    private final RoleRule rule;

    WeighingAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
        this.rule = new RoleRule(roles, onlyForOwnGemeente);
    }

    @Override
    public RoleRule rule() {
        return rule;
    }
}
