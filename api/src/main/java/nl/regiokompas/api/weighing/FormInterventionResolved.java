package nl.regiokompas.api.weighing;

import nl.regiokompas.api.assessment.InterventionOutcome;

/**
 * {@code revision} names the later revision that took an OVERGENOMEN intervention over (null otherwise, and in events
 * recorded before it was kept). An outcome VERWORPEN in an event recorded earlier keeps its meaning in history.
 */
public record FormInterventionResolved(String weighingId, String interventionId, String gemeente,
                                       InterventionOutcome outcome, String note, Integer revision) {

    public FormInterventionResolved(String weighingId, String interventionId, String gemeente,
                                    InterventionOutcome outcome, String note) {
        this(weighingId, interventionId, gemeente, outcome, note, null);
    }
}
