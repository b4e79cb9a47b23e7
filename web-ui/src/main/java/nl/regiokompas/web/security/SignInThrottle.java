package nl.regiokompas.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-in attempts per account and address, so that guessing a password gets slow without locking
 * anyone out for good. After {@code freeFailures} failures in a row an attempt from that address for that
 * account is refused for a window that starts at {@code firstWindow} and doubles with every further failure
 * up to {@code longestWindow}; a success, or {@code forgetAfter} without failures, starts afresh. Once an
 * account has failed from an address, attempts that are still being checked count as failures, so that
 * a burst of parallel guesses gets no more tries than one at a time (and once the window applies, one
 * attempt at a time is checked). At most {@code maxEntries} pairs are
 * remembered (least recently used pairs go first), so cycling through names or addresses cannot exhaust
 * memory.
 */
final class SignInThrottle {

    /** The limits; see the class comment. */
    record Limits(int freeFailures, Duration firstWindow, Duration longestWindow, Duration forgetAfter, int maxEntries) {
    }

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private static final class Attempts {
        int failures;
        int checking;
        Instant lastFailure = Instant.MIN;
    }

    private final Limits limits;
    private final Clock clock;
    /** Access-ordered: the least recently used pair comes first. */
    private final LinkedHashMap<SignInKey, Attempts> attempts = new LinkedHashMap<>(256, 0.75f, true);

    SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Lets an attempt through to the password check, or refuses it while the pair's window lasts.
     * Every admitted attempt must be followed by exactly one of {@link #succeeded}, {@link #failed} or
     * {@link #abandoned}.
     */
    synchronized void admit(SignInKey key) {
        Instant now = clock.instant();
        forgetQuietPairs(now);
        Attempts pair = attempts.get(key);
        if (pair != null && pair.failures > 0) {
            Instant until = pair.lastFailure.plus(window(pair.failures));
            if (now.isBefore(until)) {
                throw new SignInThrottled(Duration.between(now, until));
            }
            if (pair.checking >= Math.max(1, limits.freeFailures() - pair.failures)) {
                throw new SignInThrottled(limits.firstWindow());
            }
        }
        if (pair == null) {
            pair = new Attempts();
            attempts.put(key, pair);
            evictBeyondCapacity();
        }
        pair.checking++;
    }

    synchronized void succeeded(SignInKey key) {
        attempts.remove(key);
    }

    synchronized void failed(SignInKey key) {
        Attempts pair = attempts.computeIfAbsent(key, k -> new Attempts());
        pair.checking = Math.max(0, pair.checking - 1);
        pair.failures++;
        pair.lastFailure = clock.instant();
        evictBeyondCapacity();
        if (pair.failures >= limits.freeFailures()) {
            log.warn("Sign-in for user '{}' from {} refused for {} s after {} failed attempts in a row",
                    key.printableUser(), key.address(), window(pair.failures).toSeconds(), pair.failures);
        }
    }

    /** The check ended without an answer about the password (for example the user store was unreachable). */
    synchronized void abandoned(SignInKey key) {
        Attempts pair = attempts.get(key);
        if (pair != null) {
            pair.checking = Math.max(0, pair.checking - 1);
            if (pair.checking == 0 && pair.failures == 0) {
                attempts.remove(key);
            }
        }
    }

    synchronized int remembered() {
        return attempts.size();
    }

    private Duration window(int failures) {
        if (failures < limits.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limits.freeFailures(), 30);
        Duration window = limits.firstWindow().multipliedBy(1L << doublings);
        return window.compareTo(limits.longestWindow()) > 0 ? limits.longestWindow() : window;
    }

    /**
     * Quiet pairs gather at the front of the access order; this forgets them up to the first pair that
     * failed recently, so that each call does little work.
     */
    private void forgetQuietPairs(Instant now) {
        Iterator<Attempts> oldestFirst = attempts.values().iterator();
        while (oldestFirst.hasNext()) {
            Attempts pair = oldestFirst.next();
            if (pair.checking > 0) {
                continue;
            }
            if (now.isBefore(pair.lastFailure.plus(limits.forgetAfter()))) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private void evictBeyondCapacity() {
        Iterator<Map.Entry<SignInKey, Attempts>> oldestFirst = attempts.entrySet().iterator();
        while (attempts.size() > limits.maxEntries() && oldestFirst.hasNext()) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }
}
