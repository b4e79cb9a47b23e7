package nl.regiokompas.api.route;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.framework.FrameworkProposalView;

/**
 * The route's part of the evaluation of a period: each framework proposal made in it, with every gemeente's answer
 * and, when it came into force, how many days that took; every change of the agenda (themes added, scores,
 * Bestuurstafel meetings, glossary edits, follow-ups) with who and when; and the same changes with their values:
 * the themes added, every score given (also those given again later), the Bestuurstafel's meetings with order and
 * round, and the follow-ups. {@code agenda} is the agenda as it stands when asked, in order, with its scores.
 */
public record RouteEvaluation(List<FrameworkAdoption> frameworkAdoptions, List<RouteHistoryEntry> agendaChanges,
                              List<RouteView.Theme> agenda, List<ThemeAdded> themesAdded,
                              List<ScoreChange> scoreChanges, List<RouteView.Meeting> bestuurstafel,
                              List<FollowUpChange> followUps) {

    public record FrameworkAdoption(int version, int basedOnVersion, String status, Instant proposedAt,
                                    String proposedBy, Instant inForceAt, Double daysToForce,
                                    List<FrameworkProposalView.Position> positions) {
    }

    public record ThemeAdded(String themeCode, String name, String description, Instant at, String by) {
    }

    public record ScoreChange(String themeCode, String gemeente, int urgency, int opportunity, String argument,
                              Instant at, String by) {
    }

    /** {@code followUp} is the follow-up's code (for instance DIRECT_OPGEPAKT), {@code followUpName} its name. */
    public record FollowUpChange(String themeCode, String assessmentId, String followUp, String followUpName,
                                 boolean returnsToAgenda, Instant at, String by) {
    }
}
