package nl.regiokompas.web.live;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Set;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.query.live.AssessmentChanges;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** The live updates describe an event only for the sessions of this instance that look at its assessment. */
class LiveUpdatesWatchersTest {

    private static final String ID = "a-1";

    private final SimpMessageSendingOperations broker = mock(SimpMessageSendingOperations.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final AssessmentChanges changes = mock(AssessmentChanges.class);
    private final SimpUserRegistry subscriptions = mock(SimpUserRegistry.class);
    private final DomainEventMessage<CriterionInputRecorded> input = new GenericDomainEventMessage<>("Assessment", ID,
            3, new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "tekst"));

    @Test
    void an_event_of_an_assessment_nobody_looks_at_is_neither_folded_nor_asked_for() {
        liveUpdates().on(input.getPayload(), input);

        verifyNoInteractions(changes, queries, broker);
    }

    @Test
    void an_event_of_an_assessment_someone_looks_at_is_pushed_with_its_change() {
        SimpSubscription watching = mock(SimpSubscription.class);
        when(subscriptions.findSubscriptions(any())).thenReturn(Set.of(watching));
        AssessmentChange change = new AssessmentChange(new HistoryEntry(3, "CriterionInputRecorded",
                Instant.parse("2027-03-01T09:00:00Z"), null, null, "Inbreng", null, null, null, null), null, false);
        when(changes.of(input)).thenReturn(change);

        liveUpdates().on(input.getPayload(), input);

        verify(broker).convertAndSend(eq(LiveTopics.assessment(ID)), any(LiveEvent.class));
    }

    @SuppressWarnings("unchecked")
    private LiveUpdates liveUpdates() {
        ObjectProvider<AssessmentChanges> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(changes);
        return new LiveUpdates(broker, queries, provider, subscriptions);
    }
}
