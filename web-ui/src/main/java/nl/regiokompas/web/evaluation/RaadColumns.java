package nl.regiokompas.web.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.raad.RaadFigure;

/**
 * The gemeenteraden's figures of a theme (issue 12 §7) as the evaluation table's last columns, one cell per
 * figure holding the value per gemeente (as the interventions per gemeente do), repeated on each row of the theme.
 */
final class RaadColumns {

    private RaadColumns() {
    }

    static List<String> headers(EvaluationTableStyle style) {
        return style.forPeople()
                ? List.of("Raad: kader vóór het eerste voorstel", "Raad: dagen kader vóór het voorstel",
                "Raad: zienswijzen", "Raad: bevestigingen", "Raad: bevestigingen die op de raad wachtten",
                "Raad: bevestigingen geïnformeerd", "Raad: dagen tot informeren (gemiddeld)")
                : List.of("raadKaderBeforeFirstProposal", "raadDaysKaderBeforeFirstProposal", "raadZienswijzen",
                "raadConfirmations", "raadConfirmationsNeedingRaad", "raadConfirmationsInformed",
                "raadAverageDaysToInforming");
    }

    /**
     * The evaluation's themes, and after them (in code order) the themes that only the raad was active on in the
     * period (a zienswijze or a confirmation), so that no raad figure of the period goes missing.
     */
    static List<Evaluation.Theme> themes(Evaluation evaluation) {
        Set<String> known = evaluation.themes().stream().map(Evaluation.Theme::themeCode).collect(Collectors.toSet());
        List<Evaluation.Theme> themes = new ArrayList<>(evaluation.themes());
        evaluation.raad().stream().filter(f -> f.zienswijzen() + f.confirmations() > 0)
                .map(RaadFigure::themeCode).filter(code -> !known.contains(code)).distinct().sorted()
                .forEach(code -> themes.add(new Evaluation.Theme(code, 0, null, 0, List.of(), Map.of(), Map.of())));
        return themes;
    }

    static List<String> cells(List<RaadFigure> raad, String themeCode, EvaluationTableStyle style) {
        List<RaadFigure> theme = raad.stream().filter(f -> f.themeCode().equals(themeCode)).toList();
        return List.of(
                cell(theme, f -> style.yesNo(f.kaderBeforeFirstProposal()), style),
                cell(theme, f -> style.days(f.daysKaderBeforeFirstProposal()), style),
                cell(theme, f -> String.valueOf(f.zienswijzen()), style),
                cell(theme, f -> String.valueOf(f.confirmations()), style),
                cell(theme, f -> String.valueOf(f.confirmationsNeedingRaad()), style),
                cell(theme, f -> String.valueOf(f.confirmationsInformed()), style),
                cell(theme, f -> style.days(f.averageDaysToInforming()), style));
    }

    /** The value per gemeente; a gemeente without a value for this figure is left out. */
    private static String cell(List<RaadFigure> figures, Function<RaadFigure, String> value,
                               EvaluationTableStyle style) {
        Map<String, String> values = new TreeMap<>();
        figures.forEach(f -> {
            String text = value.apply(f);
            if (!text.isEmpty()) {
                values.put(f.gemeente(), text);
            }
        });
        return style.valuesPerGemeente(values);
    }
}
