package nl.regiokompas.api.weighing;

import java.util.Arrays;
import java.util.List;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.weighing.WeighingAction.CONFIRM;
import static nl.regiokompas.api.weighing.WeighingAction.INTERVENE;
import static nl.regiokompas.api.weighing.WeighingAction.OPEN_ZIENSWIJZE_PERIOD;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_INFORMED;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_ZIENSWIJZE;
import static nl.regiokompas.api.weighing.WeighingAction.PROPOSE_FORM;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_ROLE;
import static nl.regiokompas.api.weighing.WeighingAction.RESOLVE_INTERVENTION;
import static nl.regiokompas.api.weighing.WeighingAction.SCORE;

/**
 * What a user (role and own gemeente) may do next on a weighing: the roles of {@link WeighingAction} with the states
 * in which the aggregate accepts each command (nothing once the form is chosen; a confirmation or intervention
 * needs a proposal; a resolution needs an open intervention; a zienswijze needs a period on the current revision;
 * informing the raad follows the choice). Pure: the same answer for the same input.
 */
public final class WeighingPolicy {

    private WeighingPolicy() {
    }

    public static WeighingAllowedActions allowedActions(Role role, String ownGemeente, WeighingDocument document) {
        boolean open = !WeighingDocument.GEKOZEN.equals(document.status());
        boolean participant = ownGemeente != null
                && document.gemeenten().stream().anyMatch(gemeente -> gemeente.code().equals(ownGemeente));
        WeighingDocument.Proposal proposal = document.proposal();
        boolean confirmedAlready = proposal != null && document.confirmations().stream().anyMatch(confirmation ->
                confirmation.gemeente().equals(ownGemeente) && confirmation.revision() == proposal.revision());
        boolean anyOpen = document.interventions().stream().anyMatch(i -> "OPEN".equals(i.status()));
        List<String> scoreFor = open ? document.gemeenten().stream().map(WeighingDocument.Named::code)
                .filter(gemeente -> SCORE.allowsFor(role, ownGemeente, gemeente)).toList() : List.of();
        return new WeighingAllowedActions(scoreFor,
                open && RECORD_RAAD_ROLE.allows(role),
                open && PROPOSE_FORM.allows(role),
                open && participant && proposal != null && !confirmedAlready
                        && CONFIRM.allowsFor(role, ownGemeente, ownGemeente),
                open && participant && proposal != null && INTERVENE.allowsFor(role, ownGemeente, ownGemeente),
                open && anyOpen && RESOLVE_INTERVENTION.allows(role),
                Arrays.stream(WeighingAction.values()).filter(action -> action.allows(role)).toList(),
                open && proposal != null && !periodOn(document, proposal.revision())
                        && document.confirmations().stream().noneMatch(c -> c.revision() == proposal.revision())
                        && OPEN_ZIENSWIJZE_PERIOD.allows(role),
                open && participant && proposal != null && periodOn(document, proposal.revision())
                        && document.zienswijzen().stream().noneMatch(z -> z.revision() == proposal.revision()
                        && z.gemeente().equals(ownGemeente))
                        && RECORD_ZIENSWIJZE.allowsFor(role, ownGemeente, ownGemeente),
                !open && participant && RECORD_RAAD_INFORMED.allowsFor(role, ownGemeente, ownGemeente));
    }

    /** Whether a zienswijze period was opened on {@code revision}; whether it still runs, the aggregate decides. */
    private static boolean periodOn(WeighingDocument document, int revision) {
        return document.zienswijzePeriod() != null && document.zienswijzePeriod().revision() == revision;
    }
}
