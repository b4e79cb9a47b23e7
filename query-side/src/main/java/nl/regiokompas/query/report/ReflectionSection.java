package nl.regiokompas.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames.Term;

/**
 * The reflections recorded in the period: counted per level and per year, and read as text: per prompt the
 * answers grouped per level in time order with who and when, and the free texts.
 */
final class ReflectionSection {

    private ReflectionSection() {
    }

    static EvaluationReport.Reflections of(ReportFacts facts, ReportContext context) {
        List<ReportFacts.Reflection> reflections = facts.reflections();
        Map<String, Map<String, List<EvaluationReport.ReflectionText>>> perPrompt = new TreeMap<>();
        List<EvaluationReport.ReflectionText> texts = new ArrayList<>();
        for (ReportFacts.Reflection reflection : reflections) {
            new TreeMap<>(reflection.answers()).forEach((prompt, answer) -> perPrompt
                    .computeIfAbsent(prompt, p -> new TreeMap<>())
                    .computeIfAbsent(reflection.level(), l -> new ArrayList<>())
                    .add(text(reflection, answer, context)));
            if (reflection.text() != null && !reflection.text().isBlank()) {
                texts.add(text(reflection, reflection.text(), context));
            }
        }
        var start = context.from() != null ? context.from()
                : reflections.stream().map(ReportFacts.Reflection::recordedAt).findFirst().orElse(null);
        return new EvaluationReport.Reflections(reflections.size(),
                ReportContext.counts(reflections, ReportFacts.Reflection::level, level -> levelName(level, context)),
                Buckets.years(start, context.end()).stream().map(span -> {
                    List<ReportFacts.Reflection> inSpan = reflections.stream()
                            .filter(r -> span.contains(r.recordedAt())).toList();
                    return new EvaluationReport.Bucket(span.key(), span.label(), span.start(), span.end(),
                            inSpan.size(), ReportContext.counts(inSpan, ReportFacts.Reflection::level,
                            level -> levelName(level, context)));
                }).toList(),
                perPrompt.entrySet().stream().map(prompt -> new EvaluationReport.PromptAnswers(prompt.getKey(),
                        prompt.getValue().values().stream().mapToInt(List::size).sum(),
                        prompt.getValue().entrySet().stream().map(level -> new EvaluationReport.LevelAnswers(
                                level.getKey(), levelName(level.getKey(), context), level.getValue())).toList()))
                        .toList(),
                texts);
    }

    private static EvaluationReport.ReflectionText text(ReportFacts.Reflection reflection, String text,
                                                        ReportContext context) {
        return new EvaluationReport.ReflectionText(reflection.reflectionId(), reflection.level(),
                levelName(reflection.level(), context), reflection.themeCode(),
                reflection.themeCode() == null ? null : context.theme(reflection.themeCode()), reflection.gemeente(),
                context.gemeente(reflection.gemeente()), reflection.byName(), reflection.recordedAt(), text);
    }

    /** "Bestuurlijk" for BESTUURLIJK: the framework lists levels as bare words. */
    static String levelName(String level, ReportContext context) {
        String name = context.names().nameOf(Term.REFLECTION_LEVEL, level);
        String word = (name == null ? level : name).replace('_', ' ').toLowerCase(Locale.forLanguageTag("nl"));
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
