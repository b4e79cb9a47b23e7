package nl.regiokompas.api.evaluation;

import java.time.Instant;

/**
 * Asks for the evaluation report of a period ({@code from} inclusive, {@code to} exclusive; null: unbounded),
 * answered with an {@link EvaluationReport}. {@code detail}: how many of the most recent items each of the report's
 * lists carries (null: every item); the figures are always computed over every item, and the answer's
 * {@link EvaluationReport.Detail} says which lists were cut and how long they are.
 */
public record FindEvaluationReport(Instant from, Instant to, Integer detail) {

    public FindEvaluationReport {
        if (detail != null && detail < 0) {
            throw new IllegalArgumentException("detail must not be negative: " + detail);
        }
    }

    /** The whole report: every item of every list (the printable document, the charts, the exports). */
    public FindEvaluationReport(Instant from, Instant to) {
        this(from, to, null);
    }
}
