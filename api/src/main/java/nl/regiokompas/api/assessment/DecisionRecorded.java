package nl.regiokompas.api.assessment;

import java.util.List;
import java.util.Map;

/**
 * Recorded automatically when every participating gemeente confirmed the current revision and no
 * intervention is open: the scale per layer, the responsibilities, the preconditions and who confirmed when;
 * the mandate the package falls under and the reasons for deviating from the leanings (null/empty in older events).
 */
public record DecisionRecorded(String assessmentId, String decisionId, String themeCode, int cycle, int revision,
                               Map<String, String> scales, List<Responsibility> responsibilities,
                               List<Precondition> preconditions, List<Confirmation> confirmations, String mandateId,
                               Map<String, String> deviations) {

    public DecisionRecorded {
        deviations = deviations == null ? Map.of() : deviations;
    }

    public DecisionRecorded(String assessmentId, String decisionId, String themeCode, int cycle, int revision,
                            Map<String, String> scales, List<Responsibility> responsibilities,
                            List<Precondition> preconditions, List<Confirmation> confirmations) {
        this(assessmentId, decisionId, themeCode, cycle, revision, scales, responsibilities, preconditions,
                confirmations, null, Map.of());
    }
}
