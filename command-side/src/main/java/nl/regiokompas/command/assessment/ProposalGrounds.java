package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.Guideline;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.common.Choices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.LAYER;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.SCALE;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;

/**
 * What a proposal rests on (issue 11, section 1): input of every participant on every layer, and comply or explain,
 * a reason for every layer whose proposed scale departs from the most frequent leaning ({@link Guideline}).
 */
final class ProposalGrounds {

    private ProposalGrounds() {
    }

    /** Refuses (409) a proposal while a participant has given no input on some layer; names who misses where. */
    static void requireInputOfEveryone(InputCoverage inputs, List<String> gemeenten, FrameworkTerms terms) {
        Map<String, List<String>> missing = inputs.missing(terms.layers(), gemeenten);
        if (missing.isEmpty()) {
            return;
        }
        List<String> items = missing.entrySet().stream()
                .map(gap -> terms.nameOf(LAYER, gap.getKey()) + ": geen input van " + terms.namesOf(GEMEENTE, gap.getValue()))
                .toList();
        throw RuleViolation.illegalState("Een voorstel rust op input: elke deelnemende gemeente geeft per laag input op "
                + "ten minste één criterium. Nog niet: " + String.join("; ", items) + ".", items);
    }

    /**
     * The reasons per layer that departs from its most frequent leaning, checked: every departing layer has one (400
     * naming the layer), and none is given for a layer that follows the leaning or that does not exist.
     */
    static Map<String, String> deviations(Map<String, String> scales, Map<String, String> requested,
                                          InputCoverage inputs, FrameworkTerms terms) {
        Map<String, String> given = requested == null ? Map.of() : requested;
        for (String layer : given.keySet()) {
            requireKnown("deviations", "een laag", "Onbekende laag", layer, Choices.of(terms, LAYER, terms.layers()));
        }
        Map<String, String> deviations = new LinkedHashMap<>();
        for (String layer : terms.layers()) {
            String layerName = terms.nameOf(LAYER, layer);
            Map<String, Integer> tally = inputs.tally(layer, terms.scales());
            String reason = given.get(layer);
            boolean reasonGiven = reason != null && !reason.isBlank();
            if (Guideline.deviates(scales.get(layer), tally)) {
                if (!reasonGiven) {
                    throw RuleViolation.invalid("deviations", "Laag " + layerName + ": de voorgestelde schaal "
                            + terms.nameOf(SCALE, scales.get(layer)) + " wijkt af van de meest gekozen neiging ("
                            + mostFrequent(tally, terms) + "); geef de reden van de afwijking.");
                }
                deviations.put(layer, requireText("deviations", "de reden van de afwijking voor laag " + layerName,
                        reason, Limits.LONG_TEXT));
            } else if (reasonGiven) {
                throw RuleViolation.invalid("deviations", "Laag " + layerName + " volgt de meest gekozen neiging; "
                        + "daar is geen reden voor afwijking nodig.");
            }
        }
        return deviations;
    }

    private static String mostFrequent(Map<String, Integer> tally, FrameworkTerms terms) {
        return Guideline.mostFrequent(tally).stream().map(scale -> terms.nameOf(SCALE, scale))
                .collect(Collectors.joining(" of "));
    }
}
