package nl.regiokompas.api.route;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.framework.FrameworkProposalView;

/**
 * The route's part of the evaluation of a period: each framework proposal made in it, with every gemeente's answer
 * and, when it came into force, how many days that took; and every change of the agenda (themes added, scores,
 * Bestuurstafel meetings, glossary edits, follow-ups) with who and when.
 */
public record RouteEvaluation(List<FrameworkAdoption> frameworkAdoptions, List<RouteHistoryEntry> agendaChanges) {

    public record FrameworkAdoption(int version, int basedOnVersion, String status, Instant proposedAt,
                                    String proposedBy, Instant inForceAt, Double daysToForce,
                                    List<FrameworkProposalView.Position> positions) {
    }
}
