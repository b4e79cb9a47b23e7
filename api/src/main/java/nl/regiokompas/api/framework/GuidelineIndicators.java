package nl.regiokompas.api.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators of the outcome guideline ("als richtlijn gehanteerd") as codes people can mark: the framework
 * lists them as texts per scale, so an indicator is coded by its scale and its place, {@code REGIONAAL.2}.
 */
public final class GuidelineIndicators {

    private GuidelineIndicators() {
    }

    /** Code to text, per scale in the framework's order. */
    static Map<String, String> named(Map<String, List<String>> guideline) {
        Map<String, String> names = new LinkedHashMap<>();
        if (guideline != null) {
            guideline.forEach((scale, texts) -> {
                for (int i = 0; texts != null && i < texts.size(); i++) {
                    names.put(code(scale, i + 1), texts.get(i));
                }
            });
        }
        return Collections.unmodifiableMap(names);
    }

    public static String code(String scale, int place) {
        return scale + "." + place;
    }

    /** The scale an indicator points to: the part of its code before the dot. */
    public static String scaleOf(String indicator) {
        int dot = indicator.lastIndexOf('.');
        return dot < 0 ? indicator : indicator.substring(0, dot);
    }
}
