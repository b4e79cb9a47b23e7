package nl.regiokompas.api.reflection;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reflection on the process at one level, answering prompts of the framework, optionally on an assessment. */
public record RecordReflection(@TargetAggregateIdentifier String reflectionId, String assessmentId, String level,
                               Map<String, String> answers, String text) {
}
