package nl.regiokompas.api.evaluation;

import java.time.Instant;

/**
 * Asks for two periods side by side: period a ({@code from}..{@code to}) and period b
 * ({@code compareFrom}..{@code compareTo}), answered with an {@link EvaluationComparison}. {@code detail} limits
 * each report's lists as in {@link FindEvaluationReport} (null: every item); the differences are computed over the
 * whole reports.
 */
public record FindEvaluationComparison(Instant from, Instant to, Instant compareFrom, Instant compareTo,
                                       Integer detail) {

    public FindEvaluationComparison {
        if (detail != null && detail < 0) {
            throw new IllegalArgumentException("detail must not be negative: " + detail);
        }
    }

    /** Both reports whole: every item of every list. */
    public FindEvaluationComparison(Instant from, Instant to, Instant compareFrom, Instant compareTo) {
        this(from, to, compareFrom, compareTo, null);
    }
}
