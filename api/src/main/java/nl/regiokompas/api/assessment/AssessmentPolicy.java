package nl.regiokompas.api.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.assessment.AssessmentAction.ASSIGN_RESPONSIBILITY;
import static nl.regiokompas.api.assessment.AssessmentAction.CONFIRM;
import static nl.regiokompas.api.assessment.AssessmentAction.INTERVENE;
import static nl.regiokompas.api.assessment.AssessmentAction.PROPOSE_SCALE;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_INPUT;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_PRECONDITION;
import static nl.regiokompas.api.assessment.AssessmentAction.REOPEN;
import static nl.regiokompas.api.assessment.AssessmentAction.RESOLVE_INTERVENTION;

/**
 * What a user (role and own gemeente) may do next on an assessment document: the roles of
 * {@link AssessmentAction} combined with the states in which the aggregate accepts each command (nothing but
 * reopening and the form of cooperation once decided; a confirmation needs a proposal that the own gemeente has
 * not confirmed yet; a resolution needs an open intervention). Pure: the same answer for the same input.
 */
public final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    public static AllowedActions allowedActions(Role role, String ownGemeente, AssessmentDocument document) {
        Situation situation = Situation.of(document);
        boolean open = !situation.decided();
        List<String> inputs = open ? document.gemeenten().stream()
                .filter(gemeente -> RECORD_INPUT.allowsFor(role, ownGemeente, gemeente)).toList() : List.of();
        boolean participant = ownGemeente != null && document.gemeenten().contains(ownGemeente);
        boolean mayConfirm = open && participant && situation.revision() != null
                && CONFIRM.allowsFor(role, ownGemeente, ownGemeente)
                && !situation.confirmedGemeenten().contains(ownGemeente);
        return new AllowedActions(document.version(), inputs,
                open && PROPOSE_SCALE.allows(role),
                open && ASSIGN_RESPONSIBILITY.allows(role),
                open && RECORD_PRECONDITION.allows(role),
                mayConfirm,
                open && participant && INTERVENE.allowsFor(role, ownGemeente, ownGemeente),
                open && situation.anyInterventionOpen() && RESOLVE_INTERVENTION.allows(role),
                situation.decided() && REOPEN.allows(role),
                false, // the form of cooperation is chosen in a form weighing now (WeighingPolicy)
                Arrays.stream(AssessmentAction.values()).filter(action -> action.allows(role)).toList());
    }

    /**
     * Whether what anyone may do can differ between two versions of a document: the policy reads only this
     * much of a document besides its participants, which never change.
     */
    public static boolean sameAllowances(AssessmentDocument before, AssessmentDocument after) {
        return before != null && after != null && Situation.of(before).equals(Situation.of(after));
    }

    private record Situation(boolean decided, Integer revision, Set<String> confirmedGemeenten,
                             boolean anyInterventionOpen) {

        static Situation of(AssessmentDocument document) {
            Integer revision = document.proposal() == null ? null : document.proposal().revision();
            Set<String> confirmed = document.confirmations().stream()
                    .filter(confirmation -> revision != null && confirmation.revision() == revision)
                    .map(AssessmentDocument.ConfirmationEntry::gemeente)
                    .collect(Collectors.toSet());
            boolean anyOpen = document.interventions().stream().anyMatch(intervention -> "OPEN".equals(intervention.status()));
            return new Situation(AssessmentDocument.BESLOTEN.equals(document.status()), revision, confirmed, anyOpen);
        }
    }
}
