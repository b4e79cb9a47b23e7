package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Per layer: who gives direction (RICHTING), organises (ORGANISATIE) or executes (UITVOERING), at which level. */
public record AssignResponsibility(@TargetAggregateIdentifier String assessmentId, String layer, String kind,
                                   String level, String holder, @TargetAggregateVersion Long expectedVersion) {
}
