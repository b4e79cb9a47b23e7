package nl.regiokompas.api.assessment;

/** A gemeente's input on one cell (layer, criterion); a later input on the same cell replaces it. */
public record CriterionInputRecorded(String assessmentId, int cycle, String gemeente, String layer, String criterion,
                                     String leaning, String text) {
}
