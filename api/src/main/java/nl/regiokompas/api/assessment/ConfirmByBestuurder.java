package nl.regiokompas.api.assessment;

import java.util.List;

import nl.regiokompas.api.raad.KaderAnswer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The bestuurder of a gemeente confirms proposal revision {@code revision} for that gemeente, answering per kader
 * of the own raad for the theme whether the package stays within it ({@code kaders}, empty when there are none).
 */
public record ConfirmByBestuurder(@TargetAggregateIdentifier String assessmentId, String gemeente, int revision,
                                  String note, @TargetAggregateVersion Long expectedVersion,
                                  List<KaderAnswer> kaders) {

    public ConfirmByBestuurder {
        kaders = kaders == null ? List.of() : kaders;
    }

    public ConfirmByBestuurder(String assessmentId, String gemeente, int revision, String note, Long expectedVersion) {
        this(assessmentId, gemeente, revision, note, expectedVersion, List.of());
    }
}
