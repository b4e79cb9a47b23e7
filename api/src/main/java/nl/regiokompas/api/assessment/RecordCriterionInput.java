package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * A gemeente's input on one criterion in one layer: an optional leaning scale and its argument, and the indicators
 * of the outcome guideline (codes SCALE.n) that the strateeg marks as applying (none: an empty list).
 */
public record RecordCriterionInput(@TargetAggregateIdentifier String assessmentId, String gemeente, String layer,
                                   String criterion, String leaning, String text,
                                   @TargetAggregateVersion Long expectedVersion, List<String> indicators) {

    public RecordCriterionInput {
        indicators = indicators == null ? List.of() : indicators;
    }

    public RecordCriterionInput(String assessmentId, String gemeente, String layer, String criterion, String leaning,
                                String text, Long expectedVersion) {
        this(assessmentId, gemeente, layer, criterion, leaning, text, expectedVersion, List.of());
    }
}
