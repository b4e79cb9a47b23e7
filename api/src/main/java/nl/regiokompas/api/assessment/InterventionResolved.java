package nl.regiokompas.api.assessment;

/** {@code revision} names the later revision that took an OVERGENOMEN intervention over (null otherwise). */
public record InterventionResolved(String assessmentId, int cycle, String interventionId, String gemeente,
                                   InterventionOutcome outcome, String note, Integer revision) {

    public InterventionResolved(String assessmentId, int cycle, String interventionId, String gemeente,
                                InterventionOutcome outcome, String note) {
        this(assessmentId, cycle, interventionId, gemeente, outcome, note, null);
    }
}
