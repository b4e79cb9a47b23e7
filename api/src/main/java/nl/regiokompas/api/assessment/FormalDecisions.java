package nl.regiokompas.api.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which formal decisions a bestuurlijke bevestiging waits for: the college of every participating gemeente and the
 * Bestuurstafel once for the region. A raad decides only where its own kaders ask for it, so a raadsbesluit is shown
 * when recorded but never counted as missing.
 */
public final class FormalDecisions {

    private FormalDecisions() {
    }

    public static List<AssessmentDocument.ExpectedFormalDecision> missing(
            List<String> gemeenten, List<AssessmentDocument.FormalDecisionEntry> recorded) {
        List<AssessmentDocument.ExpectedFormalDecision> missing = new ArrayList<>();
        for (String gemeente : gemeenten) {
            if (!has(recorded, gemeente, FormalBody.COLLEGE)) {
                missing.add(new AssessmentDocument.ExpectedFormalDecision(gemeente, FormalBody.COLLEGE.name()));
            }
        }
        if (!has(recorded, null, FormalBody.BESTUURSTAFEL)) {
            missing.add(new AssessmentDocument.ExpectedFormalDecision(null, FormalBody.BESTUURSTAFEL.name()));
        }
        return missing;
    }

    /** Whether a decision of {@code body} is recorded; for the Bestuurstafel any gemeente counts. */
    static boolean has(List<AssessmentDocument.FormalDecisionEntry> recorded, String gemeente, FormalBody body) {
        return recorded.stream().anyMatch(entry -> body.name().equals(entry.body())
                && (body == FormalBody.BESTUURSTAFEL || Objects.equals(gemeente, entry.gemeente())));
    }
}
