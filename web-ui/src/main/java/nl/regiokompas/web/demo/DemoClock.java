package nl.regiokompas.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The clock that stamps events while a demo history is written. Axon stamps a new event with the static
 * {@link GenericEventMessage#clock} when the aggregate applies it, inside the unit of work of the command.
 * This clock answers the moment in the {@value #DEMO_AT} metadata of that command, and the real time for
 * every other command, so a user's command handled meanwhile on another thread (or a retry on the retry
 * thread) is never back-dated. It is installed only for the duration of {@link #during}.
 */
final class DemoClock extends Clock {

    /** Command metadata: the moment (ISO-8601) the events of this demo command are stamped with. */
    static final String DEMO_AT = "demoAt";

    private final Clock real;

    private DemoClock(Clock real) {
        this.real = real;
    }

    /** Runs the work with this clock installed, and puts back the clock that was there after. */
    static synchronized <T> T during(Supplier<T> work) {
        Clock previous = GenericEventMessage.clock;
        GenericEventMessage.clock = new DemoClock(previous);
        try {
            return work.get();
        } finally {
            GenericEventMessage.clock = previous;
        }
    }

    @Override
    public Instant instant() {
        if (CurrentUnitOfWork.isStarted()) {
            Message<?> handled = CurrentUnitOfWork.get().getMessage();
            Object demoAt = handled == null ? null : handled.getMetaData().get(DEMO_AT);
            if (demoAt != null) {
                return Instant.parse(demoAt.toString());
            }
        }
        return real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone));
    }
}
