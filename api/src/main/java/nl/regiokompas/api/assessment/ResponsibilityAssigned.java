package nl.regiokompas.api.assessment;

/** A responsibility (layer, kind) was assigned; a later assignment of the same layer and kind replaces it. */
public record ResponsibilityAssigned(String assessmentId, int cycle, String layer, String kind, String level,
                                     String holder) {
}
