package nl.regiokompas.api.evaluation;

import java.util.List;

/**
 * Two periods side by side: both reports whole, and per headline figure its value in a and b, the difference
 * (b - a; null when either is unknown) and a Dutch sentence that calls the difference out.
 */
public record EvaluationComparison(EvaluationReport a, EvaluationReport b, List<Difference> differences) {

    /**
     * {@code figure} is a stable key (for instance {@code interventions.total}); {@code label} its Dutch name;
     * {@code unit} "dagen", "aantal" or "aandeel" (a fraction 0..1).
     */
    public record Difference(String figure, String label, String unit, Double a, Double b, Double difference,
                             String sentence) {
    }
}
