package nl.regiokompas.api.reflection;

import java.util.Map;

public record ReflectionRecorded(String reflectionId, String assessmentId, String level,
                                 Map<String, String> answers, String text) {
}
