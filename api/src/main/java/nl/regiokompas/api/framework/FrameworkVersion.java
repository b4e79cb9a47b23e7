package nl.regiokompas.api.framework;

import java.time.Instant;

/** An adopted version of the framework: when, by whom, why, and its content. */
public record FrameworkVersion(int version, Instant adoptedAt, String adoptedBy, String reason,
                               FrameworkContent content) {
}
