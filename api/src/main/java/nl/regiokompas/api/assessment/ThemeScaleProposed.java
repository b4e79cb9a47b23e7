package nl.regiokompas.api.assessment;

import java.util.Map;

/**
 * Proposal revision {@code revision} was made; it voids every confirmation of earlier revisions.
 * {@code deviations}: per layer that departs from the most frequent leaning, the reason; {@code mandateId}: the
 * theme's active mandate the package falls under (null: none known). Both are empty/null in older events.
 */
public record ThemeScaleProposed(String assessmentId, int cycle, int revision, Map<String, String> scales,
                                 String rationale, Map<String, String> deviations, String mandateId) {

    public ThemeScaleProposed {
        deviations = deviations == null ? Map.of() : deviations;
    }

    public ThemeScaleProposed(String assessmentId, int cycle, int revision, Map<String, String> scales,
                              String rationale) {
        this(assessmentId, cycle, revision, scales, rationale, Map.of(), null);
    }
}
