package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.UnseenChange;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.framework.TermNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictDescription;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;

import java.util.List;

/**
 * Merges a command with changes its sender had not seen, unless one of those changes conflicts with it by
 * {@link ConflictRules}: then the command is refused with the list of those changes, so that the sender can look
 * and retry. Each change is described as the history describes it, with the names of the assessment's framework
 * terms, and its author as a person (name, role, gemeente).
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /** Refuses {@code command} when a change its sender had not seen conflicts with it by {@link ConflictRules}. */
    static void refuseIfConflicting(ConflictResolver conflictResolver, Object command, FrameworkTerms terms) {
        TermNames names = terms.termNames();
        conflictResolver.detectConflicts(Conflicts.payloadMatching(ConflictRules.conflictsWith(command)),
                conflict -> refusal(conflict, names));
    }

    private static ConcurrentChangeRefused refusal(ConflictDescription conflict, TermNames names) {
        List<UnseenChange> unseen = conflict.unexpectedEvents().stream()
                .map(event -> unseenChange(event, names)).toList();
        return new ConcurrentChangeRefused(conflict.expectedVersion(), conflict.actualVersion(), unseen);
    }

    private static UnseenChange unseenChange(DomainEventMessage<?> event, TermNames names) {
        return new UnseenChange(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                AssessmentEventDescriptions.describe(event.getPayload(), names),
                AssessmentEventDescriptions.person(Actor.of(event.getMetaData()), names), event.getTimestamp());
    }
}
