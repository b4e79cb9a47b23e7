package nl.regiokompas.api.evaluation;

import java.time.Instant;

/**
 * Asks for two periods side by side: period a ({@code from}..{@code to}) and period b
 * ({@code compareFrom}..{@code compareTo}), answered with an {@link EvaluationComparison}.
 */
public record FindEvaluationComparison(Instant from, Instant to, Instant compareFrom, Instant compareTo) {
}
