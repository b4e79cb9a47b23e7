package nl.regiokompas.api.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The region's route: the agenda in order (the Bestuurstafel's order first, then the rest), each theme's phase,
 * scores and next step; the latest Bestuurstafel meeting; the glossary. {@code allowed} is what the asking user
 * may do here; {@code gemeenten} are the region's gemeenten in the framework's order.
 */
public record RouteView(List<Theme> themes, List<String> gemeenten, Meeting bestuurstafel, List<GlossaryEntry> glossary, Allowed allowed) {

    /** The status of a theme's latest assessment as the route sees it. */
    public static final String RUNNING = "RUNNING";
    public static final String CONFIRMED = "CONFIRMED";
    /** Where a theme comes from: the framework in force, or the programmateam's agenda. */
    public static final String FROM_FRAMEWORK = "KADER";
    public static final String FROM_AGENDA = "AGENDA";

    public record Theme(String themeCode, String name, String description, String source, Integer position,
                        boolean inCurrentRound, RoutePhase phase, String phaseName, String assessmentId,
                        String governanceForm, String followUp, List<Score> scores, Double averageUrgency,
                        Double averageOpportunity, List<String> notScoredBy, String nextStep) {
    }

    public record Score(String gemeente, int urgency, int opportunity, String argument, Instant at, String by) {
    }

    public record Meeting(LocalDate meetingDate, Instant recordedAt, String by, String note, List<String> order,
                          List<String> currentRound) {
    }

    public record GlossaryEntry(String term, int revision, String text, Instant at, String by) {
    }

    /** What the asking user may do: the gemeenten it may score for, and the regional actions. */
    public record Allowed(List<String> mayScoreFor, boolean mayAddTheme, boolean mayRecordBestuurstafel,
                          boolean mayEditGlossary) {

        public static Allowed of(nl.regiokompas.api.common.Role role, String ownGemeente, List<String> gemeenten) {
            return new Allowed(gemeenten.stream()
                    .filter(gemeente -> RouteAction.SCORE_THEME.allowsFor(role, ownGemeente, gemeente)).toList(),
                    RouteAction.ADD_AGENDA_THEME.allows(role), RouteAction.RECORD_BESTUURSTAFEL.allows(role),
                    RouteAction.EDIT_GLOSSARY.allows(role));
        }
    }
}
