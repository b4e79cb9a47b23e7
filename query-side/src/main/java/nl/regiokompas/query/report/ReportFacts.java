package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.framework.TermNames;

/**
 * What the report of a period is assembled from, as read from the evaluation-report projection: the cycles,
 * proposals, formal decisions and interventions that touch the period, the confirmations of the period counted per
 * theme and mandate, every mandate, reflection and form choice up to its end, the last phase change of each theme
 * per quarter up to its end (and the very first), the names of the codes, and the raad's facts ({@link RaadFacts}).
 */
record ReportFacts(Instant from, Instant to, List<Cycle> cycles, List<Proposal> proposals,
                   List<FormalDecision> formalDecisions, List<Intervention> interventions,
                   List<ConfirmationCount> confirmations, List<Mandate> mandates, List<Reflection> reflections,
                   List<FormChoice> formChoices, List<PhaseChange> phaseChanges, List<String> themes,
                   TermNames names, RaadFacts raad) {

    ReportFacts(Instant from, Instant to, List<Cycle> cycles, List<Proposal> proposals,
                List<FormalDecision> formalDecisions, List<Intervention> interventions,
                List<ConfirmationCount> confirmations, List<Mandate> mandates, List<Reflection> reflections,
                List<FormChoice> formChoices, List<PhaseChange> phaseChanges, List<String> themes, TermNames names) {
        this(from, to, cycles, proposals, formalDecisions, interventions, confirmations, mandates, reflections,
                formChoices, phaseChanges, themes, names, RaadFacts.NONE);
    }

    /** {@code completion}: as the projection stored it; null when not stored (computed from its decisions). */
    record Cycle(String assessmentId, int cycle, String themeCode, String title, List<String> gemeenten,
                 Instant openedAt, String openedByName, Instant firstProposedAt, int revisions, String decisionId,
                 Instant bevestigdAt, Map<String, String> scales, CycleCompletion completion) {

        Cycle(String assessmentId, int cycle, String themeCode, String title, List<String> gemeenten,
              Instant openedAt, String openedByName, Instant firstProposedAt, int revisions, String decisionId,
              Instant bevestigdAt, Map<String, String> scales) {
            this(assessmentId, cycle, themeCode, title, gemeenten, openedAt, openedByName, firstProposedAt,
                    revisions, decisionId, bevestigdAt, scales, null);
        }
    }

    record Proposal(String assessmentId, int cycle, int revision, String themeCode, Map<String, String> scales,
                    Map<String, String> deviations, Instant proposedAt, String proposedByName) {
    }

    /** {@code gemeente} is empty for the Bestuurstafel's decision for the region. */
    record FormalDecision(String decisionId, String gemeente, String body, String assessmentId, int cycle,
                          LocalDate decidedOn, Instant recordedAt, String recordedByName) {
    }

    record Intervention(String interventionId, String assessmentId, int cycle, String themeCode, String gemeente,
                        String layer, String kind, String reason, Instant openedAt, String openedByName,
                        boolean insideMandate, String mandateId, boolean referred, String outcome,
                        Instant resolvedAt, String resolvedByName) {
    }

    /** The bestuurlijke confirmations of the period of one theme, inside or outside a mandate, counted in SQL. */
    record ConfirmationCount(String themeCode, boolean insideMandate, int count) {
    }

    record Mandate(String mandateId, String themeCode, String bestuurlijkOpdrachtgever, Instant registeredAt,
                   Instant endedAt) {
    }

    record Reflection(String reflectionId, String themeCode, String level, Map<String, String> answers, String text,
                      String byName, String gemeente, Instant recordedAt) {
    }

    record FormChoice(String weighingId, int revision, String form, List<String> themes,
                      List<String> confirmedByGemeenten, Instant chosenAt) {
    }

    record PhaseChange(String themeCode, String phase, Instant at) {
    }
}
