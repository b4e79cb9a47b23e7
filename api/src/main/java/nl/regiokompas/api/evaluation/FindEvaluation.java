package nl.regiokompas.api.evaluation;

import java.time.Instant;

/**
 * Asks for the evaluation of a period ({@code from} inclusive, {@code to} exclusive; null: unbounded),
 * answered with an {@link Evaluation}.
 */
public record FindEvaluation(Instant from, Instant to) {
}
