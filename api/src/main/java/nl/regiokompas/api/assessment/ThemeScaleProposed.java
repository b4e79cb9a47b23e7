package nl.regiokompas.api.assessment;

import java.util.Map;

/** Proposal revision {@code revision} was made; it voids every confirmation of earlier revisions. */
public record ThemeScaleProposed(String assessmentId, int cycle, int revision, Map<String, String> scales,
                                 String rationale) {
}
