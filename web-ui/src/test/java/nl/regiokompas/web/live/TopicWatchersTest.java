package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class TopicWatchersTest {

    private static final String TOPIC = "/topic/assessments/a1";
    private static final String OTHER = "/topic/assessments/a2";

    private final TopicWatchers watchers = new TopicWatchers();

    @Test
    void a_topic_is_watched_from_its_first_subscribe_on() {
        assertThat(watchers.isWatched(TOPIC)).isFalse();

        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", TOPIC);

        assertThat(watchers.isWatched(TOPIC)).isTrue();
        assertThat(watchers.isWatched(OTHER)).isFalse();
    }

    @Test
    void a_topic_stays_watched_until_its_last_subscription_is_gone() {
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", TOPIC);
        send(SimpMessageType.SUBSCRIBE, "s2", "sub-0", TOPIC);

        send(SimpMessageType.UNSUBSCRIBE, "s1", "sub-0", null);
        assertThat(watchers.isWatched(TOPIC)).isTrue();

        send(SimpMessageType.UNSUBSCRIBE, "s2", "sub-0", null);
        assertThat(watchers.isWatched(TOPIC)).isFalse();
    }

    @Test
    void a_disconnect_ends_every_subscription_of_its_session_only() {
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", TOPIC);
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-1", OTHER);
        send(SimpMessageType.SUBSCRIBE, "s2", "sub-0", OTHER);

        send(SimpMessageType.DISCONNECT, "s1", null, null);

        assertThat(watchers.isWatched(TOPIC)).isFalse();
        assertThat(watchers.isWatched(OTHER)).isTrue();
    }

    @Test
    void a_subscription_id_used_again_moves_the_subscription_to_the_new_topic() {
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", TOPIC);
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", OTHER);

        assertThat(watchers.isWatched(TOPIC)).isFalse();
        assertThat(watchers.isWatched(OTHER)).isTrue();
    }

    @Test
    void an_unsubscribe_of_an_unknown_subscription_or_a_second_disconnect_changes_nothing() {
        send(SimpMessageType.SUBSCRIBE, "s1", "sub-0", TOPIC);

        send(SimpMessageType.UNSUBSCRIBE, "s1", "sub-9", null);
        send(SimpMessageType.DISCONNECT, "s2", null, null);

        assertThat(watchers.isWatched(TOPIC)).isTrue();
        send(SimpMessageType.DISCONNECT, "s1", null, null);
        send(SimpMessageType.DISCONNECT, "s1", null, null);
        assertThat(watchers.isWatched(TOPIC)).isFalse();
    }

    private void send(SimpMessageType type, String session, String subscription, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(type);
        headers.setSessionId(session);
        headers.setSubscriptionId(subscription);
        headers.setDestination(destination);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        assertThat(watchers.preSend(message, null)).isSameAs(message);
    }
}
