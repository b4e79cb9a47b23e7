package nl.regiokompas.api.weighing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.regiokompas.api.assessment.InterventionOutcome;
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
 * needs a proposal; a resolution needs an open intervention, for a bestuurder one of the own gemeente; a zienswijze needs a period on the current revision;
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
        List<InterventionOutcome> resolveWith = open ? resolveWith(role, ownGemeente, document) : List.of();
        List<String> scoreFor = open ? document.gemeenten().stream().map(WeighingDocument.Named::code)
                .filter(gemeente -> SCORE.allowsFor(role, ownGemeente, gemeente)).toList() : List.of();
        return new WeighingAllowedActions(scoreFor,
                open && RECORD_RAAD_ROLE.allows(role),
                open && PROPOSE_FORM.allows(role),
                open && participant && proposal != null && !confirmedAlready
                        && CONFIRM.allowsFor(role, ownGemeente, ownGemeente),
                open && participant && proposal != null && INTERVENE.allowsFor(role, ownGemeente, ownGemeente),
                !resolveWith.isEmpty(),
                Arrays.stream(WeighingAction.values()).filter(action -> action.allows(role)).toList(),
                open && proposal != null && !periodOn(document, proposal.revision())
                        && document.confirmations().stream().noneMatch(c -> c.revision() == proposal.revision())
                        && OPEN_ZIENSWIJZE_PERIOD.allows(role),
                open && participant && proposal != null && periodOn(document, proposal.revision())
                        && document.zienswijzen().stream().noneMatch(z -> z.revision() == proposal.revision()
                        && z.gemeente().equals(ownGemeente))
                        && RECORD_ZIENSWIJZE.allowsFor(role, ownGemeente, ownGemeente),
                !open && participant && RECORD_RAAD_INFORMED.allowsFor(role, ownGemeente, ownGemeente),
                resolveWith);
    }

    /**
     * Issue 11 §3 as the command side's InterventionOutcomeRules applies it: of the open interventions this user may
     * resolve (the programmateam all, a bestuurder the own gemeente's), only the own bestuurder withdraws; a take-over
     * needs a revision later than the one filed on; a referral to the Bestuurstafel is always possible. VERWORPEN and
     * AFWIJKING_AANVAARD are never offered on a weighing.
     */
    private static List<InterventionOutcome> resolveWith(Role role, String ownGemeente, WeighingDocument document) {
        if (!RESOLVE_INTERVENTION.allows(role)) {
            return List.of();
        }
        List<WeighingDocument.InterventionEntry> resolvable = document.interventions().stream()
                .filter(i -> "OPEN".equals(i.status()))
                .filter(i -> role == Role.PROGRAMMATEAM || i.gemeente().equals(ownGemeente)).toList();
        if (resolvable.isEmpty()) {
            return List.of();
        }
        List<InterventionOutcome> outcomes = new ArrayList<>();
        if (role == Role.BESTUURDER) {
            outcomes.add(InterventionOutcome.INGETROKKEN);
        }
        int current = document.proposal() == null ? 0 : document.proposal().revision();
        if (resolvable.stream().anyMatch(i -> current > i.revision())) {
            outcomes.add(InterventionOutcome.OVERGENOMEN);
        }
        outcomes.add(InterventionOutcome.DOORVERWEZEN);
        return List.copyOf(outcomes);
    }

    /** Whether a zienswijze period was opened on {@code revision}; whether it still runs, the aggregate decides. */
    private static boolean periodOn(WeighingDocument document, int revision) {
        return document.zienswijzePeriod() != null && document.zienswijzePeriod().revision() == revision;
    }
}
