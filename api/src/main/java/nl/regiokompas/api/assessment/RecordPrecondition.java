package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Makes a precondition (randvoorwaarde) of the theme explicit, with who owns it and when to review it (optional). */
public record RecordPrecondition(@TargetAggregateIdentifier String assessmentId, String preconditionId, String kind,
                                 String text, @TargetAggregateVersion Long expectedVersion, String owner,
                                 LocalDate reviewDate) {

    public RecordPrecondition(String assessmentId, String preconditionId, String kind, String text,
                              Long expectedVersion) {
        this(assessmentId, preconditionId, kind, text, expectedVersion, null, null);
    }
}
