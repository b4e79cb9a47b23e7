package nl.regiokompas.web.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the cells of the evaluation table read: for scripts (codes, ISO moments) or for people. */
public interface EvaluationTableStyle {

    /** Codes, ISO-8601 moments, decimal points and commas between fields: stable for scripts. */
    EvaluationTableStyle MACHINE_READABLE = new EvaluationTableStyle() {
    };

    default String preamble() {
        return "";
    }

    default char delimiter() {
        return ',';
    }

    default List<String> leadingHeaders() {
        return List.of("themeCode", "decisionId", "assessmentId", "cycle", "revision", "revisions",
                "firstProposedAt", "decidedAt", "leadTimeDays");
    }

    default String scaleHeader(String layer) {
        return "scale_" + layer;
    }

    default List<String> trailingHeaders() {
        return List.of("scaleChanges", "interventions", "interventionsPerGemeente",
                "themeInterventionsPerGemeente", "themeReflectionsPerLevel");
    }

    default List<String> orderLayers(Set<String> layers) {
        return List.copyOf(layers);
    }

    default String theme(String code) {
        return code;
    }

    default String scale(String code) {
        return code == null ? "" : code;
    }

    /** A gemeente's name for people, its code for scripts. */
    default String gemeente(String code) {
        return code == null ? "" : code;
    }

    /** A cooperation form's name for people, its code for scripts. */
    default String governanceForm(String code) {
        return code == null ? "" : code;
    }

    default String moment(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    default String days(Double days) {
        return days == null ? "" : days.toString();
    }

    default String scaleChanges(Map<String, String> changes) {
        return EvaluationCsv.pairs(changes, ":", ";");
    }

    default String perGemeente(Map<String, Integer> counts) {
        return EvaluationCsv.pairs(counts, "=", ";");
    }

    default String perLevel(Map<String, Integer> counts) {
        return EvaluationCsv.pairs(counts, "=", ";");
    }

    /** A value per gemeente in one cell, for instance {@code BUN=true;HOU=12.0} (the raad's columns). */
    default String valuesPerGemeente(Map<String, ?> values) {
        return EvaluationCsv.pairs(values, "=", ";");
    }

    default String yesNo(boolean value) {
        return String.valueOf(value);
    }

    /** Whether cells read for people (names, Dutch headers) rather than for scripts (codes, keys). */
    default boolean forPeople() {
        return false;
    }

    /** A number that is no day count ("2", "0.25"; Dutch "0,25" for people). */
    default String number(Double value) {
        return value == null ? "" : value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }

    /** The last say over a cell's text before it is quoted. */
    default String cell(String value) {
        return value;
    }
}
