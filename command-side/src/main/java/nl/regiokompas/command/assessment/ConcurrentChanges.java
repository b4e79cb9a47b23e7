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
import java.util.function.Predicate;

/**
 * Merges a command with changes its sender had not seen, unless one of those changes touches the same
 * thing: then the command is refused with the list of those changes, so that the sender can look and retry.
 * Each change is described as the history describes it, with the names of the assessment's framework terms, and
 * its author as a person (name, role, gemeente).
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    static void refuseIfAnyUnseenChange(ConflictResolver conflictResolver, FrameworkTerms terms,
                                        Predicate<Object> touchesSameThing) {
        TermNames names = namesOf(terms);
        conflictResolver.detectConflicts(Conflicts.payloadMatching(touchesSameThing),
                conflict -> refusal(conflict, names));
    }

    static void refuseIfAnythingChanged(ConflictResolver conflictResolver, FrameworkTerms terms) {
        refuseIfAnyUnseenChange(conflictResolver, terms, payload -> true);
    }

    /** The names the terms give their codes. FrameworkTerms carries codes only (so far): every code reads as itself. */
    static TermNames namesOf(FrameworkTerms terms) {
        return TermNames.NONE;
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
