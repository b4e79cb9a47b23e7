package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/**
 * Proposes a scale for every layer of the theme, with a rationale. Each proposal is a new revision.
 * {@code deviations} gives, per layer whose scale differs from the most frequent leaning, the reason (comply or
 * explain).
 */
public record ProposeThemeScale(@TargetAggregateIdentifier String assessmentId, Map<String, String> scales,
                                String rationale, @TargetAggregateVersion Long expectedVersion,
                                Map<String, String> deviations) {

    public ProposeThemeScale {
        deviations = deviations == null ? Map.of() : deviations;
    }

    public ProposeThemeScale(String assessmentId, Map<String, String> scales, String rationale, Long expectedVersion) {
        this(assessmentId, scales, rationale, expectedVersion, Map.of());
    }
}
