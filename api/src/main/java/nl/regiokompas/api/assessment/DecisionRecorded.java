package nl.regiokompas.api.assessment;

import java.util.List;
import java.util.Map;

/**
 * The bestuurlijke bevestiging, recorded automatically when every participating gemeente confirmed the current
 * revision and no intervention is open: the scale per layer, the responsibilities, the preconditions, who confirmed
 * when, the accepted local exceptions per gemeente and layer ({@code exceptions}, empty in older events), the
 * mandate the package falls under and the reasons for deviating from the leanings (null/empty in older events). The
 * event keeps its name: events are history. The formal decisions follow as {@link FormalDecisionRecorded}.
 */
public record DecisionRecorded(String assessmentId, String decisionId, String themeCode, int cycle, int revision,
                               Map<String, String> scales, List<Responsibility> responsibilities,
                               List<Precondition> preconditions, List<Confirmation> confirmations,
                               List<LocalException> exceptions, String mandateId, Map<String, String> deviations) {

    public DecisionRecorded {
        exceptions = exceptions == null ? List.of() : exceptions;
        deviations = deviations == null ? Map.of() : deviations;
    }

    public DecisionRecorded(String assessmentId, String decisionId, String themeCode, int cycle, int revision,
                            Map<String, String> scales, List<Responsibility> responsibilities,
                            List<Precondition> preconditions, List<Confirmation> confirmations) {
        this(assessmentId, decisionId, themeCode, cycle, revision, scales, responsibilities, preconditions,
                confirmations, List.of(), null, Map.of());
    }
}
