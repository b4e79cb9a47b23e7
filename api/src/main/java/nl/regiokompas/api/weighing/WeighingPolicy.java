package nl.regiokompas.api.weighing;

import java.util.Arrays;
import java.util.List;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.weighing.WeighingAction.CONFIRM;
import static nl.regiokompas.api.weighing.WeighingAction.INTERVENE;
import static nl.regiokompas.api.weighing.WeighingAction.PROPOSE_FORM;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_ROLE;
import static nl.regiokompas.api.weighing.WeighingAction.RESOLVE_INTERVENTION;
import static nl.regiokompas.api.weighing.WeighingAction.SCORE;

/**
 * What a user (role and own gemeente) may do next on a weighing: the roles of {@link WeighingAction} with the states
 * in which the aggregate accepts each command (nothing once the form is chosen; a confirmation or intervention
 * needs a proposal; a resolution needs an open intervention). Pure: the same answer for the same input.
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
                Arrays.stream(WeighingAction.values()).filter(action -> action.allows(role)).toList());
    }
}
