package nl.regiokompas.api.assessment;

import java.util.List;

/**
 * A gemeente's input on one cell (layer, criterion); a later input on the same cell replaces it. {@code indicators}
 * are the guideline indicators marked as applying (codes SCALE.n; empty in events written before they existed).
 */
public record CriterionInputRecorded(String assessmentId, int cycle, String gemeente, String layer, String criterion,
                                     String leaning, String text, List<String> indicators) {

    public CriterionInputRecorded {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public CriterionInputRecorded(String assessmentId, int cycle, String gemeente, String layer, String criterion,
                                  String leaning, String text) {
        this(assessmentId, cycle, gemeente, layer, criterion, leaning, text, List.of());
    }
}
