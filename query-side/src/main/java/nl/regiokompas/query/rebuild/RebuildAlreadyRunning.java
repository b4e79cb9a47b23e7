package nl.regiokompas.query.rebuild;

/** A rebuild was asked for while another one runs; only one runs at a time. */
public class RebuildAlreadyRunning extends RuntimeException {

    private final transient RebuildStatus running;

    RebuildAlreadyRunning(RebuildStatus running) {
        super("Er loopt al een herbouw van de projecties " + String.join(", ", running.projections()) + " (gestart "
                + running.startedAt() + "); wacht tot die klaar is en probeer het dan opnieuw.");
        this.running = running;
    }

    public RebuildStatus running() {
        return running;
    }
}
