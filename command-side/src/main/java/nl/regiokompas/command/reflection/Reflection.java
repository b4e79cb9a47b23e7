package nl.regiokompas.command.reflection;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.reflection.RecordReflection;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import nl.regiokompas.command.common.Choices;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A reflection on the process at one level; recorded once, never changed. */
@Aggregate
public class Reflection {

    @AggregateIdentifier
    private String reflectionId;

    protected Reflection() {
    }

    public Reflection(RecordReflection command, FrameworkTerms terms) {
        String id = requireText("reflectionId", "het id van de reflectie", command.reflectionId(), Limits.SHORT_TEXT);
        String level = requireKnown("level", "het niveau", "Onbekend niveau", command.level(),
                Choices.of(terms, FrameworkTerms.Term.REFLECTION_LEVEL, terms.reflectionLevels()));
        Map<String, String> answers = answers(command.answers(), terms);
        String text = optionalText("text", "de tekst", command.text(), Limits.LONG_TEXT);
        if (text == null && answers.isEmpty()) {
            throw RuleViolation.invalid("text", "Schrijf een reflectie of beantwoord ten minste één reflectievraag.");
        }
        String assessmentId = command.assessmentId() == null || command.assessmentId().isBlank() ? null
                : command.assessmentId();
        apply(new ReflectionRecorded(id, assessmentId, level, answers, text));
    }

    private static Map<String, String> answers(Map<String, String> requested, FrameworkTerms terms) {
        if (requested == null) {
            return Map.of();
        }
        if (requested.size() > Limits.MAX_REFLECTION_ANSWERS) {
            throw RuleViolation.invalid("answers", "Te veel antwoorden: " + requested.size() + ", maximaal "
                    + Limits.MAX_REFLECTION_ANSWERS + ".");
        }
        for (String prompt : requested.keySet()) {
            requireKnown("answers", "een reflectievraag", "Onbekende reflectievraag", prompt,
                    Choices.asWritten(terms.reflectionPrompts()));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String prompt : terms.reflectionPrompts()) {
            if (requested.containsKey(prompt)) {
                answers.put(prompt, requireText("answers", "het antwoord op '" + prompt + "'", requested.get(prompt),
                        Limits.LONG_TEXT));
            }
        }
        return answers;
    }

    @EventSourcingHandler
    void on(ReflectionRecorded event) {
        reflectionId = event.reflectionId();
    }
}
