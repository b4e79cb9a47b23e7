package nl.regiokompas.api.reflection;

import java.time.Instant;

/**
 * Asks for reflections, newest first, answered with {@link ReflectionView} items. Every criterion is optional;
 * {@code from} inclusive and {@code to} exclusive on the moment of recording.
 */
public record FindReflections(String level, Instant from, Instant to, String assessmentId) {
}
