package nl.regiokompas.query.evaluation;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.decision.DecisionHistoryEntry;

/** What the evaluation is computed from: every decision, intervention and reflection, in time order. */
record EvaluationFacts(List<DecisionHistoryEntry> decisions, List<Intervention> interventions,
                       List<Reflection> reflections) {

    record Intervention(String themeCode, String assessmentId, int cycle, String gemeente, Instant openedAt) {
    }

    /** {@code themeCode} is null for a reflection tied to no assessment. */
    record Reflection(String themeCode, String level, Instant recordedAt) {
    }
}
