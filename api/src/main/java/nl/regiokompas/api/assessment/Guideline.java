package nl.regiokompas.api.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome guideline as guidance, never a verdict: how the inputs of a layer lean. One definition for the
 * aggregate (comply or explain) and the document (the tally beside the proposal form).
 */
public final class Guideline {

    private Guideline() {
    }

    /** How many leanings point to each scale, in the order of {@code scales}; scales nobody leans to count 0. */
    public static Map<String, Integer> tally(Collection<String> scales, Collection<String> leanings) {
        Map<String, Integer> tally = new LinkedHashMap<>();
        scales.forEach(scale -> tally.put(scale, 0));
        leanings.stream().filter(Objects::nonNull).forEach(leaning -> tally.merge(leaning, 1, Integer::sum));
        return tally;
    }

    /**
     * The most frequent leaning(s): every scale with the highest count above 0. On a tie all tied scales are the
     * most frequent, so following any of them needs no reason; without any leaning there is nothing to follow.
     */
    public static List<String> mostFrequent(Map<String, Integer> tally) {
        int highest = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (highest == 0) {
            return List.of();
        }
        return tally.entrySet().stream().filter(entry -> entry.getValue() == highest).map(Map.Entry::getKey).toList();
    }

    /** Whether {@code scale} departs from the most frequent leaning(s) of the tally, so that it needs a reason. */
    public static boolean deviates(String scale, Map<String, Integer> tally) {
        List<String> mostFrequent = mostFrequent(tally);
        return !mostFrequent.isEmpty() && !mostFrequent.contains(scale);
    }
}
