package nl.regiokompas.query.audit;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.Guideline;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.framework.GuidelineIndicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The guideline part of the document: per layer the leanings counted per scale and every indicator of the outcome
 * guideline with the gemeenten whose current inputs mark it. It knows the layers, scales and indicator texts from
 * the pinned terms, or, when resumed, from the document it resumes (which lists every indicator, marked or not).
 */
final class GuidelineTally {

    private final List<String> layers = new ArrayList<>();
    private final Set<String> scales = new LinkedHashSet<>();
    private final Map<String, String> indicatorTexts = new LinkedHashMap<>();

    void opened(FrameworkTerms terms) {
        if (terms == null) {
            return;
        }
        layers.addAll(terms.layers());
        scales.addAll(terms.scales());
        terms.indicators().forEach(code -> indicatorTexts.put(code, terms.nameOf(FrameworkTerms.Term.INDICATOR, code)));
    }

    void resume(List<AssessmentDocument.LayerGuideline> guideline) {
        for (AssessmentDocument.LayerGuideline layer : guideline) {
            layers.add(layer.layer());
            scales.addAll(layer.leanings().keySet());
            layer.indicators().forEach(mark -> indicatorTexts.put(mark.indicator(), mark.text()));
        }
    }

    List<AssessmentDocument.LayerGuideline> perLayer(Collection<AssessmentDocument.Input> inputs) {
        List<AssessmentDocument.LayerGuideline> guideline = new ArrayList<>();
        for (String layer : layers) {
            List<AssessmentDocument.Input> ofLayer = inputs.stream().filter(input -> layer.equals(input.layer())).toList();
            Map<String, Integer> tally = Guideline.tally(scales,
                    ofLayer.stream().map(AssessmentDocument.Input::leaning).filter(Objects::nonNull).toList());
            List<AssessmentDocument.IndicatorMark> marks = new ArrayList<>();
            indicatorTexts.forEach((code, text) -> marks.add(new AssessmentDocument.IndicatorMark(code,
                    GuidelineIndicators.scaleOf(code), text, ofLayer.stream()
                    .filter(input -> input.indicators().contains(code))
                    .map(AssessmentDocument.Input::gemeente).distinct().toList())));
            // Tied scales sorted by code: the scales' order differs between a fold from the framework and one resumed
            // from a stored document (jsonb orders object keys), and a rebuilt document must equal the live one.
            List<String> mostFrequent = Guideline.mostFrequent(tally).stream().sorted().toList();
            guideline.add(new AssessmentDocument.LayerGuideline(layer, tally, mostFrequent, marks));
        }
        return guideline;
    }
}
