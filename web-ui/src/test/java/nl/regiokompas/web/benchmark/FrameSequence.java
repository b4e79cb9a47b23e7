package nl.regiokompas.web.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequence of a pushed event, read from the start of its JSON ({@code assessmentId} and {@code sequence} come
 * first) without decoding the whole document: the benchmark's own bookkeeping per frame, kept small because it runs
 * on the threads it measures (the server's outbound channel, the subscribers' sockets).
 */
final class FrameSequence {

    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:\\s*(\\d+)");
    private static final int HEAD = 256;

    private FrameSequence() {
    }

    /** The sequence, or -1 when the start of the frame names none. */
    static long of(byte[] payload) {
        Matcher sequence = SEQUENCE.matcher(new String(payload, 0, Math.min(HEAD, payload.length), StandardCharsets.UTF_8));
        return sequence.find() ? Long.parseLong(sequence.group(1)) : -1;
    }

    /** The sequence in a whole STOMP frame as a subscriber receives it, or -1 when the start of its body names none. */
    static long ofFrame(String frame) {
        int body = frame.indexOf("\n\n");
        if (body < 0) {
            return -1;
        }
        Matcher sequence = SEQUENCE.matcher(frame).region(body, Math.min(body + HEAD, frame.length()));
        return sequence.find() ? Long.parseLong(sequence.group(1)) : -1;
    }
}
