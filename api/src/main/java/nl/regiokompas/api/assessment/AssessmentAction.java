package nl.regiokompas.api.assessment;

import java.util.List;

import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RoleRule;
import nl.regiokompas.api.common.RoleTable;

import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.GRIFFIER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.STRATEEG;

/**
 * What may be done on an assessment, and by whom: the roles that may do it at all, and the roles among them
 * that may do it only for their own gemeente. The aggregate refuses commands by this table, and the
 * {@link AssessmentPolicy} tells the UI from it what the signed-in user may do next.
 */
public enum AssessmentAction implements RoleTable {
    RECORD_INPUT(List.of(STRATEEG, PROGRAMMATEAM), List.of(STRATEEG)),
    PROPOSE_SCALE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    ASSIGN_RESPONSIBILITY(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    RECORD_PRECONDITION(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    CONFIRM(List.of(BESTUURDER), List.of(BESTUURDER)),
    INTERVENE(List.of(BESTUURDER), List.of(BESTUURDER)),
    RESOLVE_INTERVENTION(List.of(PROGRAMMATEAM, BESTUURDER), List.of()),
    REOPEN(List.of(PROGRAMMATEAM), List.of()),
    RECORD_GOVERNANCE_FORM(List.of(PROGRAMMATEAM), List.of()),
    // process (issue 11 §3, §4): signals, consent to a deviation, formal decisions, gremia, follow-up. Which outcome
    // of RESOLVE_INTERVENTION a role may choose is the command side's InterventionOutcomeRules.
    RECORD_SIGNAL(List.of(STRATEEG), List.of(STRATEEG)),
    HANDLE_SIGNAL(List.of(BESTUURDER), List.of(BESTUURDER)),
    CONSENT_TO_DEVIATION(List.of(BESTUURDER), List.of(BESTUURDER)),
    RECORD_FORMAL_DECISION(List.of(BESTUURDER, PROGRAMMATEAM), List.of(BESTUURDER)),
    RECORD_GREMIUM_DISCUSSION(List.of(STRATEEG, BESTUURDER, PROGRAMMATEAM), List.of()),
    RECORD_FOLLOW_UP(List.of(PROGRAMMATEAM), List.of()),
    // The whole package (issue 11 section 2): withdrawing a confirmation, following preconditions up.
    WITHDRAW_CONFIRMATION(List.of(BESTUURDER), List.of(BESTUURDER)),
    CHANGE_PRECONDITION_STATUS(List.of(PROGRAMMATEAM), List.of()),
    // The gemeenteraad's part (issue 12): the griffier records for the own raad only.
    RECORD_RAAD_VERDICT(List.of(GRIFFIER), List.of(GRIFFIER)),
    OPEN_ZIENSWIJZE_PERIOD(List.of(PROGRAMMATEAM), List.of()),
    RECORD_ZIENSWIJZE(List.of(GRIFFIER), List.of(GRIFFIER)),
    ANSWER_ZIENSWIJZE(List.of(STRATEEG, PROGRAMMATEAM), List.of()),
    RECORD_RAAD_INFORMED(List.of(BESTUURDER, GRIFFIER), List.of(BESTUURDER, GRIFFIER));

    private final RoleRule rule;

    AssessmentAction(List<Role> roles, List<Role> onlyForOwnGemeente) {
        this.rule = new RoleRule(roles, onlyForOwnGemeente);
    }

    @Override
    public RoleRule rule() {
        return rule;
    }
}
