package nl.regiokompas.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.FindAssessmentChange;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.audit.AssessmentDocumentFold;
import nl.regiokompas.query.history.AssessmentNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change the live updates push: handed the event, it answers what asking by sequence answers, without a read. */
class AssessmentChangesTest {

    private static final String ID = "a-1";
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    private final List<DomainEventMessage<?>> stored = new ArrayList<>();
    private final EventStore store = mock(EventStore.class);
    private AssessmentChanges changes;

    @BeforeEach
    void storeWithThreeEvents() {
        append(new AssessmentOpened(ID, "JEUGD", "Jeugdhulp", List.of("BUN", "HOU"), 1, 1, null));
        append(new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "eerst"));
        append(new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C2", "REGIONAAL", "houten"));
        when(store.readEvents(anyString(), anyLong())).thenAnswer(call -> DomainEventStream.of(
                stored.subList((int) (long) call.getArgument(1, Long.class), stored.size()).stream()));
        changes = new AssessmentChanges(store, namesOfNone());
    }

    @Test
    void a_handed_event_right_after_the_last_one_is_applied_without_reading_the_store() {
        changes.of(stored.get(0));
        verify(store).readEvents(ID, 0L);

        changes.of(stored.get(1));
        changes.of(stored.get(2));

        verify(store, never()).readEvents(ID, 1L);
        verify(store, never()).readEvents(ID, 2L);
        verify(store).readEvents(anyString(), anyLong());
    }

    @Test
    void a_handed_event_gives_the_change_that_asking_by_its_sequence_gives() {
        AssessmentChanges asked = new AssessmentChanges(store, namesOfNone());

        for (DomainEventMessage<?> event : stored) {
            assertThat(changes.of(event))
                    .isEqualTo(asked.handle(new FindAssessmentChange(ID, event.getSequenceNumber())));
        }
    }

    @Test
    void a_first_look_at_a_later_event_folds_the_stream_before_it() {
        AssessmentChange change = changes.of(stored.get(2));

        assertThat(change.document()).isEqualTo(AssessmentDocumentFold.fold(stored));
        assertThat(change.entry().sequence()).isEqualTo(2);
    }

    private static AssessmentNames namesOfNone() {
        AssessmentNames names = mock(AssessmentNames.class);
        when(names.ofVersion(anyInt())).thenReturn(TermNames.NONE);
        return names;
    }

    private void append(Object payload) {
        long sequence = stored.size();
        stored.add(new GenericDomainEventMessage<>("Assessment", ID, sequence, payload,
                Map.of(AuditMetaData.USER_ID, "strateeg.bun", AuditMetaData.USER_NAME, "strateeg.bun",
                        AuditMetaData.ROLE, "STRATEEG"),
                UUID.randomUUID().toString(), START.plusSeconds(sequence)));
    }
}
