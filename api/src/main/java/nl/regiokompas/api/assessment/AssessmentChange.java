package nl.regiokompas.api.assessment;

/**
 * One event of an assessment with the whole document as of that event. {@code allowancesChanged} tells whether
 * the event can have changed what anyone may do next ({@link AssessmentPolicy#sameAllowances}), so that a client
 * that keeps its {@link AllowedActions} needs to ask again only then.
 */
public record AssessmentChange(HistoryEntry entry, AssessmentDocument document, boolean allowancesChanged) {
}
