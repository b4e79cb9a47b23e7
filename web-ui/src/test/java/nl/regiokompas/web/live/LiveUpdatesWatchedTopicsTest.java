package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.AssessmentChangeSource;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.HistoryEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;

/** Which events the live updates describe and push, by who watches on this instance. */
class LiveUpdatesWatchedTopicsTest {

    private static final String ASSESSMENT = "a1";

    private final List<DomainEventMessage<?>> described = new ArrayList<>();
    private final List<String> sentTo = new ArrayList<>();
    private final TopicWatchers watchers = new TopicWatchers();
    private final LiveUpdates live;

    LiveUpdatesWatchedTopicsTest() {
        AssessmentChangeSource changes = event -> {
            described.add(event);
            return new AssessmentChange(new HistoryEntry(event.getSequenceNumber(), "T", Instant.EPOCH, null, Map.of(),
                    "beschrijving", null, null, null, null, null), null, false);
        };
        SimpMessagingTemplate broker = new SimpMessagingTemplate((message, timeout) -> {
            sentTo.add(SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
            return true;
        });
        broker.setMessageConverter(new SimpleMessageConverter());
        live = new LiveUpdates(broker, null,
                new StaticListableBeanFactory(Map.of("changes", changes)).getBeanProvider(AssessmentChangeSource.class),
                watchers);
    }

    @Test
    void an_event_of_an_assessment_nobody_watches_is_neither_described_nor_pushed() {
        handle("een invoer", 4);

        assertThat(described).isEmpty();
        assertThat(sentTo).isEmpty();
    }

    @Test
    void an_event_of_an_assessment_nobody_watches_is_not_deserialized() {
        live.on(unreadable(CriterionInputRecorded.class, 5));

        assertThat(described).isEmpty();
        assertThat(sentTo).isEmpty();
    }

    @Test
    void a_list_change_nobody_watches_is_not_deserialized() {
        live.on(unreadable(AssessmentOpened.class, 0));

        assertThat(described).isEmpty();
        assertThat(sentTo).isEmpty();
    }

    @Test
    void an_event_of_a_watched_assessment_is_described_and_pushed_to_its_topic() {
        subscribe("s1", LiveTopics.assessment(ASSESSMENT));

        handle("een invoer", 4);

        assertThat(described).extracting(DomainEventMessage::getSequenceNumber).containsExactly(4L);
        assertThat(sentTo).containsExactly(LiveTopics.assessment(ASSESSMENT));
    }

    @Test
    void a_list_change_reaches_the_list_topic_while_nobody_watches_the_assessment() {
        subscribe("s1", LiveTopics.ASSESSMENTS);

        handle(new AssessmentOpened(ASSESSMENT, "JEUGD", "Jeugd", List.of("BUN"), 1, 1, null), 0);
        handle("een invoer, geen lijstwijziging", 1);

        assertThat(described).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L);
        assertThat(sentTo).containsExactly(LiveTopics.ASSESSMENTS);
    }

    @Test
    void an_assessment_is_no_longer_described_once_its_last_watcher_left() {
        subscribe("s1", LiveTopics.assessment(ASSESSMENT));
        handle("een invoer", 1);

        disconnect("s1");
        handle("nog een invoer", 2);

        assertThat(described).extracting(DomainEventMessage::getSequenceNumber).containsExactly(1L);
    }

    private void handle(Object payload, long sequence) {
        live.on(new GenericDomainEventMessage<>("Assessment", ASSESSMENT, sequence, payload));
    }

    /** An event of this assessment whose payload fails when it is deserialized. */
    private static DomainEventMessage<?> unreadable(Class<?> payloadType, long sequence) {
        return new GenericDomainEventMessage<Object>("Assessment", ASSESSMENT, sequence, "stored") {
            @Override
            public Object getPayload() {
                throw new AssertionError("deserialized " + payloadType.getSimpleName());
            }

            @Override
            public Class<Object> getPayloadType() {
                @SuppressWarnings("unchecked")
                Class<Object> type = (Class<Object>) payloadType;
                return type;
            }
        };
    }

    private void subscribe(String session, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId(session);
        headers.setSubscriptionId("sub-0");
        headers.setDestination(destination);
        watchers.preSend(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()), null);
    }

    private void disconnect(String session) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.DISCONNECT);
        headers.setSessionId(session);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        watchers.preSend(message, null);
    }
}
