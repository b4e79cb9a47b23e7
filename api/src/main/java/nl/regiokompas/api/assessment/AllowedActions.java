package nl.regiokompas.api.assessment;

import java.util.List;

/**
 * What the signed-in user may do next on one version of an assessment, by the rules the aggregate applies
 * (see {@link AssessmentPolicy}). {@code mayEditInputs} lists the gemeenten whose inputs the user may record;
 * {@code roleMay} lists what the user's role may do on any assessment in some state, so a page can leave out
 * forms that this user will never use. The server still decides every request.
 */
public record AllowedActions(long version, List<String> mayEditInputs, boolean mayPropose,
                             boolean mayAssignResponsibilities, boolean mayRecordPreconditions, boolean mayConfirm,
                             boolean mayIntervene, boolean mayResolveInterventions, boolean mayReopen,
                             boolean mayRecordGovernanceForm, List<AssessmentAction> roleMay,
                             // process (issue 11 §3, §4)
                             boolean maySignal, boolean mayHandleSignals, boolean mayConsentToDeviation,
                             boolean mayRecordFormalDecision, boolean mayRecordGremiumDiscussion,
                             boolean mayRecordFollowUp,
                             // the whole package (issue 11 §2)
                             boolean mayWithdrawConfirmation, boolean mayChangePreconditionStatus) {

    public AllowedActions(long version, List<String> mayEditInputs, boolean mayPropose,
                          boolean mayAssignResponsibilities, boolean mayRecordPreconditions, boolean mayConfirm,
                          boolean mayIntervene, boolean mayResolveInterventions, boolean mayReopen,
                          boolean mayRecordGovernanceForm, List<AssessmentAction> roleMay) {
        this(version, mayEditInputs, mayPropose, mayAssignResponsibilities, mayRecordPreconditions, mayConfirm,
                mayIntervene, mayResolveInterventions, mayReopen, mayRecordGovernanceForm, roleMay, false, false, false, false, false, false, false, false);
    }
}
