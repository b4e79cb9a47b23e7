package nl.regiokompas.command.assessment;

import nl.regiokompas.api.raad.AnswerZienswijze;
import nl.regiokompas.api.raad.OpenZienswijzePeriod;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.RecordRaadInformed;
import nl.regiokompas.api.raad.RecordRaadVerdict;
import nl.regiokompas.api.raad.RecordZienswijze;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ChangePreconditionStatus;
import nl.regiokompas.api.assessment.ConfirmationWithdrawn;
import nl.regiokompas.api.assessment.FollowThemeMandate;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.PreconditionStatusChanged;
import nl.regiokompas.api.assessment.WithdrawConfirmation;
import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordGovernanceForm;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.assessment.CloseSignal;
import nl.regiokompas.api.assessment.ConsentToDeviation;
import nl.regiokompas.api.assessment.FollowUpRecorded;
import nl.regiokompas.api.assessment.RecordFollowUp;
import nl.regiokompas.api.assessment.RecordFormalDecision;
import nl.regiokompas.api.assessment.RecordGremiumDiscussion;
import nl.regiokompas.api.assessment.RecordSignal;
import nl.regiokompas.api.assessment.SignalClosed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Which change, made after the version a command's sender saw, conflicts with that command: one rule per
 * command of the assessment. A command is merged over unseen changes that no rule matches and refused (409)
 * when one does. docs/concurrency.md lists this table in words.
 */
final class ConflictRules {

    private static final Map<Class<?>, BiPredicate<Object, Object>> RULES = new LinkedHashMap<>();

    static {
        rule(RecordCriterionInput.class, (command, change) ->
                (change instanceof CriterionInputRecorded input && Cell.of(input).equals(Cell.of(command)))
                        || change instanceof ThemeScaleProposed || reopenedOrDecided(change));
        rule(ProposeThemeScale.class, (command, change) -> change instanceof ThemeScaleProposed
                || change instanceof ConfirmedByBestuurder || change instanceof LocalInterventionOpened
                || reopenedOrDecided(change));
        rule(ConfirmByBestuurder.class, (command, change) -> change instanceof ThemeScaleProposed
                || change instanceof PackageRevised
                || (change instanceof ConfirmedByBestuurder confirmed && confirmed.gemeente().equals(command.gemeente()))
                || reopenedOrDecided(change));
        rule(AssignResponsibility.class, (command, change) ->
                (change instanceof ResponsibilityAssigned assigned && assigned.layer().equals(command.layer())
                        && assigned.kind().equals(command.kind()))
                        || reopenedOrDecided(change));
        rule(RecordPrecondition.class, (command, change) -> reopenedOrDecided(change));
        rule(IntervenLocally.class, (command, change) -> reopenedOrDecided(change));
        rule(ResolveIntervention.class, (command, change) ->
                (change instanceof InterventionResolved resolved
                        && resolved.interventionId().equals(command.interventionId()))
                        || reopenedOrDecided(change));
        rule(ReopenAssessment.class, (command, change) -> true);
        rule(RecordGovernanceForm.class, (command, change) -> true);
        // process (issue 11 §3, §4): a signal, consent or record conflicts only with what changes its target
        rule(RecordSignal.class, (command, change) -> reopenedOrDecided(change));
        rule(CloseSignal.class, (command, change) -> (change instanceof SignalClosed closed
                && closed.signalId().equals(command.signalId())) || reopenedOrDecided(change));
        rule(ConsentToDeviation.class, (command, change) -> (change instanceof InterventionResolved resolved
                && resolved.interventionId().equals(command.interventionId())) || reopenedOrDecided(change));
        rule(RecordFormalDecision.class, (command, change) -> change instanceof AssessmentReopened);
        rule(RecordGremiumDiscussion.class, (command, change) -> change instanceof AssessmentReopened);
        rule(RecordFollowUp.class, (command, change) -> change instanceof AssessmentReopened
                || change instanceof FollowUpRecorded);
        // The whole package (issue 11 section 2).
        rule(WithdrawConfirmation.class, (command, change) ->
                change instanceof ThemeScaleProposed || change instanceof PackageRevised
                        || (change instanceof ConfirmedByBestuurder confirmed
                        && confirmed.gemeente().equals(command.gemeente()))
                        || (change instanceof ConfirmationWithdrawn withdrawn
                        && withdrawn.gemeente().equals(command.gemeente()))
                        || reopenedOrDecided(change));
        rule(FollowThemeMandate.class, (command, change) -> false);
        rule(ChangePreconditionStatus.class, (command, change) ->
                (change instanceof PreconditionStatusChanged changed
                        && changed.preconditionId().equals(command.preconditionId()))
                        || change instanceof AssessmentReopened);
        // The gemeenteraad's part (issue 12)
        rule(RecordRaadVerdict.class, (command, change) -> change instanceof ThemeScaleProposed
                || (change instanceof RaadVerdictRecorded verdict && verdict.gemeente().equals(command.gemeente()))
                || reopenedOrDecided(change));
        rule(OpenZienswijzePeriod.class, (command, change) -> change instanceof ThemeScaleProposed
                || change instanceof ZienswijzePeriodOpened || reopenedOrDecided(change));
        rule(RecordZienswijze.class, (command, change) -> change instanceof ThemeScaleProposed
                || (change instanceof ZienswijzeRecorded given && given.gemeente().equals(command.gemeente()))
                || reopenedOrDecided(change));
        rule(AnswerZienswijze.class, (command, change) ->
                (change instanceof ZienswijzeAnswered answer && answer.gemeente().equals(command.gemeente())
                        && answer.revision() == command.revision())
                        || reopenedOrDecided(change));
        rule(RecordRaadInformed.class, (command, change) -> change instanceof AssessmentReopened);
    }

    private ConflictRules() {
    }

    /** The unseen changes that conflict with {@code command}. */
    static Predicate<Object> conflictsWith(Object command) {
        BiPredicate<Object, Object> rule = RULES.get(command.getClass());
        if (rule == null) {
            throw new IllegalStateException("No conflict rule for " + command.getClass().getSimpleName());
        }
        return change -> rule.test(command, change);
    }

    /** The commands that have a rule, for the test that every command of the assessment has one. */
    static Set<Class<?>> commandTypes() {
        return RULES.keySet();
    }

    /** A decision or a reopening changes what every command may do, so its sender must see it first. */
    private static boolean reopenedOrDecided(Object change) {
        return change instanceof AssessmentReopened || change instanceof DecisionRecorded;
    }

    @SuppressWarnings("unchecked")
    private static <C> void rule(Class<C> commandType, BiPredicate<C, Object> conflicts) {
        RULES.put(commandType, (command, change) -> conflicts.test((C) command, change));
    }
}
