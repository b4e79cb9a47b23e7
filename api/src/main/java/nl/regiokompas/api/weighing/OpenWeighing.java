package nl.regiokompas.api.weighing;

import java.util.List;

/**
 * Phase 4, form follows content: opens the weighing of which forms of cooperation fit one or more themes whose
 * assessments are confirmed (decided), on the form criteria of the current framework version.
 */
public record OpenWeighing(String weighingId, String title, List<String> themeCodes, List<String> forms) {
}
