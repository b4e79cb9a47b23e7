package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.UnseenChange;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictDescription;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;

import java.util.List;

/**
 * Merges a command with changes its sender had not seen, unless one of those changes touches the same
 * thing: then the command is refused with the list of those changes, so that the sender can look and retry.
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /** Refuses {@code command} when a change its sender had not seen conflicts with it by {@link ConflictRules}. */
    static void refuseIfConflicting(ConflictResolver conflictResolver, Object command) {
        conflictResolver.detectConflicts(Conflicts.payloadMatching(ConflictRules.conflictsWith(command)),
                ConcurrentChanges::refusal);
    }

    private static ConcurrentChangeRefused refusal(ConflictDescription conflict) {
        List<UnseenChange> unseen = conflict.unexpectedEvents().stream().map(ConcurrentChanges::unseenChange).toList();
        return new ConcurrentChangeRefused(conflict.expectedVersion(), conflict.actualVersion(), unseen);
    }

    private static UnseenChange unseenChange(DomainEventMessage<?> event) {
        Object name = event.getMetaData().get(AuditMetaData.USER_NAME);
        Object by = name != null ? name : event.getMetaData().get(AuditMetaData.USER_ID);
        return new UnseenChange(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                AssessmentEventDescriptions.describe(event.getPayload()), by == null ? null : by.toString(),
                event.getTimestamp());
    }
}
