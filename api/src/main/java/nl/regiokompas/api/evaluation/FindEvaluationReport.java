package nl.regiokompas.api.evaluation;

import java.time.Instant;

/**
 * Asks for the evaluation report of a period ({@code from} inclusive, {@code to} exclusive; null: unbounded),
 * answered with an {@link EvaluationReport}.
 */
public record FindEvaluationReport(Instant from, Instant to) {
}
