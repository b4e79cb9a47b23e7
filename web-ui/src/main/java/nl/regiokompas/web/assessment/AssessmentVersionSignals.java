package nl.regiokompas.web.assessment;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import nl.regiokompas.api.assessment.AssessmentBoardVersion;
import nl.regiokompas.platform.storage.DatabaseNotifications;
import org.springframework.stereotype.Component;

/**
 * Wakes the requests of this instance that wait for a version of an assessment as soon as the assessment
 * board announces it, whichever instance's projection committed it.
 */
@Component
class AssessmentVersionSignals {

    private final Map<String, Set<Signal>> waiting = new ConcurrentHashMap<>();

    AssessmentVersionSignals(DatabaseNotifications notifications) {
        notifications.listen(AssessmentBoardVersion.CHANNEL, this::announced);
    }

    /** Starts listening for the versions of one assessment; close the signal when done waiting. */
    Signal of(String assessmentId) {
        Signal signal = new Signal(assessmentId);
        waiting.compute(assessmentId, (id, signals) -> {
            Set<Signal> all = signals == null ? ConcurrentHashMap.newKeySet() : signals;
            all.add(signal);
            return all;
        });
        return signal;
    }

    private void announced(String payload) {
        AssessmentBoardVersion reached = AssessmentBoardVersion.parse(payload);
        Set<Signal> signals = waiting.get(reached.assessmentId());
        if (signals != null) {
            signals.forEach(signal -> signal.reached(reached.version()));
        }
    }

    final class Signal implements AutoCloseable {

        private final String assessmentId;
        private long announced = -1;

        private Signal(String assessmentId) {
            this.assessmentId = assessmentId;
        }

        private synchronized void reached(long version) {
            if (version > announced) {
                announced = version;
                notifyAll();
            }
        }

        /**
         * Waits until a version of at least {@code version} is announced, at most {@code atMost}; answers
         * whether it was. An announcement ends one wait only, so a caller that reads again and still finds an
         * older version (a table being rebuilt) waits for the next one instead of spinning.
         */
        synchronized boolean await(long version, Duration atMost) throws InterruptedException {
            long end = System.nanoTime() + atMost.toNanos();
            long left = atMost.toNanos();
            while (announced < version && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
                left = end - System.nanoTime();
            }
            boolean reached = announced >= version;
            announced = -1;
            return reached;
        }

        @Override
        public void close() {
            waiting.computeIfPresent(assessmentId, (id, signals) -> {
                signals.remove(this);
                return signals.isEmpty() ? null : signals;
            });
        }
    }
}
