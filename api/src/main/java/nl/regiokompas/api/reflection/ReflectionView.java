package nl.regiokompas.api.reflection;

import java.time.Instant;
import java.util.Map;

/** A recorded reflection; {@code themeCode} is that of its assessment, null when it is not tied to one. */
public record ReflectionView(String reflectionId, String assessmentId, String themeCode, String level,
                             Map<String, String> answers, String text, String by, String gemeente, String role,
                             Instant recordedAt) {
}
