package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The bestuurder of another participating gemeente consents that the intervening gemeente does the intervention's
 * layer locally. When every other participant consented, the intervention ends as AFWIJKING_AANVAARD.
 */
public record ConsentToDeviation(@TargetAggregateIdentifier String assessmentId, String interventionId,
                                 String gemeente, String note, @TargetAggregateVersion Long expectedVersion) {
}
