package nl.regiokompas.api.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a period, per theme: its decisions in time order with the scale per layer and the changes
 * against the theme's previous decision, lead times, revisions, interventions per gemeente and reflections per
 * level. Decisions count by moment of decision, interventions by moment of opening, reflections by moment of
 * recording. {@code reflectionsPerLevel} counts every reflection of the period, also those tied to no theme.
 */
public record Evaluation(Instant from, Instant to, List<Theme> themes, Map<String, Integer> reflectionsPerLevel,
                         List<nl.regiokompas.api.raad.RaadFigure> raad) {

    /** {@code raad}: the gemeenteraden's figures per theme and gemeente (issue 12), empty when none were asked. */
    public Evaluation {
        raad = raad == null ? List.of() : List.copyOf(raad);
    }

    public Evaluation(Instant from, Instant to, List<Theme> themes, Map<String, Integer> reflectionsPerLevel) {
        this(from, to, themes, reflectionsPerLevel, List.of());
    }

    public Evaluation withRaad(List<nl.regiokompas.api.raad.RaadFigure> figures) {
        return new Evaluation(from, to, themes, reflectionsPerLevel, figures);
    }

    public record Theme(String themeCode, int decisionCount, Double averageLeadTimeDays, double averageRevisions,
                        List<Decision> decisions, Map<String, Integer> interventionsPerGemeente,
                        Map<String, Integer> reflectionsPerLevel) {
    }

    /**
     * {@code scaleChanges} holds the layers whose scale differs from the theme's previous decision (of any
     * period), as "FROM>TO"; empty for the first decision of a theme.
     */
    public record Decision(String decisionId, String assessmentId, int cycle, int revision, int revisions,
                           Instant firstProposedAt, Instant decidedAt, Long leadTimeSeconds, Double leadTimeDays,
                           Map<String, String> scales, Map<String, String> scaleChanges,
                           Map<String, Integer> interventionsPerGemeente) {
    }
}
