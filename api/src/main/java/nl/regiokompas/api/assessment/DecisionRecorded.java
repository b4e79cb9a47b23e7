package nl.regiokompas.api.assessment;

import java.util.List;
import java.util.Map;

/**
 * Recorded automatically when every participating gemeente confirmed the current revision and no
 * intervention is open: the scale per layer, the responsibilities, the preconditions and who confirmed when.
 */
public record DecisionRecorded(String assessmentId, String decisionId, String themeCode, int cycle, int revision,
                               Map<String, String> scales, List<Responsibility> responsibilities,
                               List<Precondition> preconditions, List<Confirmation> confirmations) {
}
