package nl.regiokompas.api.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.assessment.AssessmentAction.ASSIGN_RESPONSIBILITY;
import static nl.regiokompas.api.assessment.AssessmentAction.CONSENT_TO_DEVIATION;
import static nl.regiokompas.api.assessment.AssessmentAction.HANDLE_SIGNAL;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_FOLLOW_UP;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_FORMAL_DECISION;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_GREMIUM_DISCUSSION;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_SIGNAL;
import static nl.regiokompas.api.assessment.AssessmentAction.CHANGE_PRECONDITION_STATUS;
import static nl.regiokompas.api.assessment.AssessmentAction.WITHDRAW_CONFIRMATION;
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
 * not confirmed yet; a resolution needs an open intervention, for a bestuurder one of the own gemeente; a consent an
 * open intervention of another gemeente that the own gemeente did not consent to yet; formal decisions and the
 * follow-up a bestuurlijke bevestiging). Pure: the same answer for the same input.
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
                open && RESOLVE_INTERVENTION.allows(role) && (role == Role.PROGRAMMATEAM
                        ? situation.anyInterventionOpen() : situation.openInterventionGemeenten().contains(ownGemeente)),
                situation.decided() && REOPEN.allows(role),
                false, // the form of cooperation is chosen in a form weighing now (WeighingPolicy)
                Arrays.stream(AssessmentAction.values()).filter(action -> action.allows(role)).toList(),
                open && participant && RECORD_SIGNAL.allowsFor(role, ownGemeente, ownGemeente),
                open && participant && situation.openSignalGemeenten().contains(ownGemeente)
                        && HANDLE_SIGNAL.allowsFor(role, ownGemeente, ownGemeente),
                open && participant && situation.consentAskedOf(ownGemeente)
                        && CONSENT_TO_DEVIATION.allowsFor(role, ownGemeente, ownGemeente),
                situation.decided() && (role == Role.PROGRAMMATEAM
                        || participant && RECORD_FORMAL_DECISION.allowsFor(role, ownGemeente, ownGemeente)),
                situation.revision() != null && RECORD_GREMIUM_DISCUSSION.allows(role),
                situation.decided() && RECORD_FOLLOW_UP.allows(role),
                open && participant && situation.revision() != null
                        && situation.confirmedGemeenten().contains(ownGemeente)
                        && WITHDRAW_CONFIRMATION.allowsFor(role, ownGemeente, ownGemeente),
                situation.anyPrecondition() && CHANGE_PRECONDITION_STATUS.allows(role));
    }

    /**
     * Whether what anyone may do can differ between two versions of a document: the policy reads only this
     * much of a document besides its participants, which never change.
     */
    public static boolean sameAllowances(AssessmentDocument before, AssessmentDocument after) {
        return before != null && after != null && Situation.of(before).equals(Situation.of(after));
    }

    private record Situation(boolean decided, Integer revision, Set<String> confirmedGemeenten,
                             boolean anyInterventionOpen, Set<String> openInterventionGemeenten,
                             Set<String> openSignalGemeenten,
                             Set<String> consentsAsked, boolean anyPrecondition) {

        /** Whether an open intervention of another gemeente waits for this gemeente's consent. */
        boolean consentAskedOf(String gemeente) {
            return consentsAsked.contains(gemeente);
        }

        static Situation of(AssessmentDocument document) {
            Integer revision = document.proposal() == null ? null : document.proposal().revision();
            Set<String> confirmed = document.confirmations().stream()
                    .filter(confirmation -> revision != null && confirmation.revision() == revision)
                    .map(AssessmentDocument.ConfirmationEntry::gemeente)
                    .collect(Collectors.toSet());
            boolean anyOpen = document.interventions().stream().anyMatch(intervention -> "OPEN".equals(intervention.status()));
            Set<String> signalling = document.signals().stream()
                    .filter(signal -> AssessmentDocument.SIGNAL_OPEN.equals(signal.status()))
                    .map(AssessmentDocument.SignalEntry::gemeente).collect(Collectors.toSet());
            Set<String> asked = document.interventions().stream()
                    .filter(intervention -> "OPEN".equals(intervention.status()))
                    .flatMap(intervention -> document.gemeenten().stream()
                            .filter(gemeente -> !gemeente.equals(intervention.gemeente()))
                            .filter(gemeente -> !intervention.consents().contains(gemeente)))
                    .collect(Collectors.toSet());
            Set<String> intervening = document.interventions().stream()
                    .filter(intervention -> "OPEN".equals(intervention.status()))
                    .map(AssessmentDocument.InterventionEntry::gemeente).collect(Collectors.toSet());
            return new Situation(AssessmentDocument.BESLOTEN.equals(document.status()), revision, confirmed, anyOpen,
                    intervening, signalling, asked, !document.preconditions().isEmpty());
        }
    }
}
