package nl.regiokompas.api.rebuild;

import nl.regiokompas.api.common.RuleViolation;

/** A rebuild was asked for while another one runs; only one runs at a time. It carries the running one's status. */
public class RebuildAlreadyRunning extends RuleViolation {

    private final transient RebuildStatus running;

    public RebuildAlreadyRunning(RebuildStatus running) {
        super(Kind.ILLEGAL_STATE, null, "Er loopt al een herbouw van de projecties "
                + String.join(", ", running.projections()) + " (gestart " + running.startedAt()
                + "); wacht tot die klaar is en probeer het dan opnieuw.");
        this.running = running;
    }

    public RebuildStatus running() {
        return running;
    }
}
