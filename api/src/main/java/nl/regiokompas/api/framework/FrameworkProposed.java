package nl.regiokompas.api.framework;

import java.util.List;

/**
 * A new framework version was proposed against the version in force ({@code basedOnVersion}); the
 * {@code participants} (the gemeenten of the version in force) each adopt or decline it. A proposal still
 * open when the next one is made is superseded by it ({@code supersedes}, else null).
 */
public record FrameworkProposed(String regionCode, int version, int basedOnVersion, FrameworkContent content,
                                String reason, List<String> participants, Integer supersedes) {
}
