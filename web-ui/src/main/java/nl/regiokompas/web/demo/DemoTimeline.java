package nl.regiokompas.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The moments of a demo history: starts in the past and moves forward by the pauses between the steps of
 * the script, never past the moment the generation began.
 */
final class DemoTimeline {

    private final Instant ceiling;
    private final Random random;
    private Instant now;

    DemoTimeline(Instant start, Instant ceiling, Random random) {
        this.now = start;
        this.ceiling = ceiling;
        this.random = random;
    }

    Instant now() {
        return now;
    }

    /** Jumps to a later moment (never back). */
    void jumpTo(Instant moment) {
        if (moment.isAfter(now)) {
            now = moment.isAfter(ceiling) ? ceiling : moment;
        }
    }

    /** Moves on by a pause between {@code min} and {@code max} (both inclusive, whole minutes). */
    void pause(Duration min, Duration max) {
        long minutes = min.toMinutes() + (long) random.nextInt((int) (max.toMinutes() - min.toMinutes()) + 1);
        jumpTo(now.plus(Duration.ofMinutes(minutes)));
    }
}
