package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.Guideline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the package rules read of the inputs, and no more: per layer, the leaning of each gemeente's input on each
 * criterion (null: an input without a leaning). A later input on the same cell replaces the earlier one.
 */
final class InputCoverage {

    private static final String SEPARATOR = "/";

    // layer -> "gemeente/criterion" -> leaning; string keys so that a snapshot holds them as JSON.
    private final Map<String, Map<String, String>> leaningsByLayer = new LinkedHashMap<>();

    void record(String gemeente, String layer, String criterion, String leaning) {
        leaningsByLayer.computeIfAbsent(layer, l -> new LinkedHashMap<>()).put(gemeente + SEPARATOR + criterion, leaning);
    }

    void clear() {
        leaningsByLayer.clear();
    }

    /** Per layer (in the given order), the participants without any input on it; layers without gaps left out. */
    Map<String, List<String>> missing(List<String> layers, List<String> gemeenten) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String layer : layers) {
            Map<String, String> cells = leaningsByLayer.getOrDefault(layer, Map.of());
            List<String> without = new ArrayList<>();
            for (String gemeente : gemeenten) {
                if (cells.keySet().stream().noneMatch(cell -> cell.startsWith(gemeente + SEPARATOR))) {
                    without.add(gemeente);
                }
            }
            if (!without.isEmpty()) {
                missing.put(layer, without);
            }
        }
        return missing;
    }

    /** How the inputs of {@code layer} lean, counted per scale (see {@link Guideline#tally}). */
    Map<String, Integer> tally(String layer, Collection<String> scales) {
        return Guideline.tally(scales, leaningsByLayer.getOrDefault(layer, Map.of()).values());
    }
}
