package nl.regiokompas.api.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.Responsibility;

/**
 * One decision of one cycle of an assessment. {@code revisions} counts the proposals made in that cycle;
 * the lead time runs from the first proposal of the cycle to the decision.
 */
public record DecisionHistoryEntry(String decisionId, String assessmentId, String themeCode, String title, int cycle,
                                   int revision, int revisions, List<String> gemeenten, Map<String, String> scales,
                                   Instant decidedAt, List<AssessmentDocument.ConfirmationEntry> confirmations,
                                   List<Responsibility> responsibilities, List<Precondition> preconditions,
                                   Instant firstProposedAt, Long leadTimeSeconds, Double leadTimeDays) {
}
