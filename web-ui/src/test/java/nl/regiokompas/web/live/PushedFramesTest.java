package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.RawStompSubscriber;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/**
 * What a STOMP subscriber receives of a push, as raw WebSocket text messages: exactly one STOMP frame per event,
 * with the headers Spring's simple broker and STOMP encoder have always written and the JSON body, byte for byte the
 * same for every subscriber but for its own subscription and message id, also for documents beyond the container's
 * 8 kB buffer and with characters outside ASCII and outside the Basic Multilingual Plane.
 */
class PushedFramesTest extends IntegrationTest {

    private static final Pattern FRAME = Pattern.compile(
            "MESSAGE\ndestination:([^\n]*)\ncontent-type:application/json\nsubscription:([^\n]*)\n"
                    + "message-id:([^\n]*)\ncontent-length:(\\d+)\n\n(.*)\u0000", Pattern.DOTALL);
    /** Dutch with diacritics, a dash, and an emoji (a surrogate pair), long enough to grow the document past 8 kB. */
    private static final String LONG_TEXT = ("Ruimte voor coördinatie – één loket, geïnformeerde inwoners 🏛️. ").repeat(40);

    @Test
    void every_subscriber_receives_each_event_as_one_stomp_frame_with_its_own_subscription_and_the_same_body()
            throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        String topic = "/topic/assessments/" + jeugd.assessmentId;
        List<BlockingQueue<String>> received = new ArrayList<>();
        List<RawStompSubscriber> subscribers = new ArrayList<>();
        try {
            for (int n = 0; n < 3; n++) {
                BlockingQueue<String> messages = new LinkedBlockingQueue<>();
                received.add(messages);
                subscribers.add(RawStompSubscriber.subscribe(port, "strateeg.hou", topic, "sub-" + n, messages::add));
            }
            LiveUpdatesTest.awaitSubscribed();

            jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
            for (String criterion : List.of("C2", "C3", "C4", "C5", "C6", "C1")) {
                assertThat(jeugd.input("ZST", "BELEID", criterion, "LOKAAL", LONG_TEXT).status()).isEqualTo(200);
            }

            for (long sequence = 1; sequence <= 7; sequence++) {
                String body = null;
                for (int n = 0; n < received.size(); n++) {
                    String frame = next(received.get(n));
                    Matcher matcher = FRAME.matcher(frame);
                    assertThat(matcher.matches()).as("a STOMP MESSAGE frame: %s", frame).isTrue();
                    assertThat(matcher.group(1)).isEqualTo(topic);
                    assertThat(matcher.group(2)).isEqualTo("sub-" + n);
                    assertThat(matcher.group(3)).isNotBlank();
                    assertThat(Integer.parseInt(matcher.group(4)))
                            .isEqualTo(matcher.group(5).getBytes(StandardCharsets.UTF_8).length);
                    assertThat(matcher.group(5)).contains("\"sequence\":" + sequence + ",");
                    if (body != null) {
                        assertThat(matcher.group(5)).isEqualTo(body);
                    }
                    body = matcher.group(5);
                }
                if (sequence > 1) {
                    assertThat(body).contains(LONG_TEXT.strip());
                }
                if (sequence == 7) {
                    assertThat(body.length()).isGreaterThan(2 * 8 * 1024);
                }
            }
        } finally {
            subscribers.forEach(RawStompSubscriber::close);
        }
    }

    /** The next text message within 30 s. */
    private static String next(BlockingQueue<String> messages) throws InterruptedException {
        String message = messages.poll(30, TimeUnit.SECONDS);
        assertThat(message).as("a message within 30 s").isNotNull();
        return message;
    }
}
