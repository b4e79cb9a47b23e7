package nl.regiokompas.query.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.AssessmentChangeSource;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentPolicy;
import nl.regiokompas.api.assessment.FindAssessmentChange;
import nl.regiokompas.query.audit.AssessmentDocumentFold;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.history.AssessmentNames;
import nl.regiokompas.query.history.HistoryEntries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The change that the live updates push per event: the event as the history describes it and the document as
 * of that event, folded by {@link AssessmentDocumentFold} (the fold of the as-of view). The last answer per
 * assessment is kept in a small LRU cache; the next event is applied to it, so a live assessment costs no read
 * when the caller hands the event over ({@link #of}), and one read of one event when it asks by sequence
 * ({@link FindAssessmentChange}). Any other sequence (a first look, a gap, an evicted entry) folds the stream
 * from its start.
 */
@Component
public class AssessmentChanges implements AssessmentChangeSource {

    static final int CACHED_ASSESSMENTS = 256;

    private final EventStore eventStore;
    private final Map<String, AssessmentChange> lastChanges = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AssessmentChange> eldest) {
                    return size() > CACHED_ASSESSMENTS;
                }
            });

    private final AssessmentNames names;

    AssessmentChanges(EventStore eventStore, AssessmentNames names) {
        this.eventStore = eventStore;
        this.names = names;
    }

    /** The change of a stored event of an assessment, which the caller already holds (the live processor). */
    @Override
    public AssessmentChange of(DomainEventMessage<?> event) {
        String assessmentId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        AssessmentChange last = lastChanges.get(assessmentId);
        if (last != null && last.entry().sequence() == sequence) {
            return last;
        }
        AssessmentDocumentFold fold;
        if (follows(last, sequence)) {
            fold = AssessmentDocumentFold.resume(last.document());
        } else {
            fold = new AssessmentDocumentFold();
            foldBefore(fold, eventStore.readEvents(assessmentId, 0L), sequence);
        }
        return changeAt(fold, event);
    }

    @QueryHandler
    AssessmentChange handle(FindAssessmentChange query) {
        AssessmentChange last = lastChanges.get(query.assessmentId());
        if (last != null && last.entry().sequence() == query.sequence()) {
            return last;
        }
        AssessmentDocumentFold fold;
        DomainEventMessage<?> event;
        if (follows(last, query.sequence())) {
            fold = AssessmentDocumentFold.resume(last.document());
            event = first(eventStore.readEvents(query.assessmentId(), query.sequence()));
        } else {
            fold = new AssessmentDocumentFold();
            event = foldBefore(fold, eventStore.readEvents(query.assessmentId(), 0L), query.sequence());
        }
        if (event == null || event.getSequenceNumber() != query.sequence()) {
            return null;
        }
        return changeAt(fold, event);
    }

    private static boolean follows(AssessmentChange last, long sequence) {
        return last != null && last.entry().sequence() == sequence - 1 && last.document() != null;
    }

    /** Applies {@code event} to a fold that stands right before it, and keeps the change for the next event. */
    private AssessmentChange changeAt(AssessmentDocumentFold fold, DomainEventMessage<?> event) {
        AssessmentDocument before = fold.document();
        fold.apply(event);
        AssessmentDocument after = fold.document();
        TermNames terms = after == null ? TermNames.NONE : names.ofVersion(after.frameworkVersion());
        AssessmentChange change = new AssessmentChange(HistoryEntries.of(event, terms), after,
                !AssessmentPolicy.sameAllowances(before, after));
        lastChanges.put(event.getAggregateIdentifier(), change);
        return change;
    }

    /** Applies the events before {@code sequence} and answers the event at it (null when there is none). */
    private static DomainEventMessage<?> foldBefore(AssessmentDocumentFold fold, DomainEventStream events,
                                                    long sequence) {
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() >= sequence) {
                return event;
            }
            fold.apply(event);
        }
        return null;
    }

    private static DomainEventMessage<?> first(DomainEventStream events) {
        return events.hasNext() ? events.next() : null;
    }
}
