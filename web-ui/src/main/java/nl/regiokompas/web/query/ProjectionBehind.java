package nl.regiokompas.web.query;

/** A projection did not reach the version the client asked for within the waiting time. */
public class ProjectionBehind extends RuntimeException {

    public ProjectionBehind(String what, long minVersion, long seenVersion) {
        super("Het overzicht van " + what + " heeft versie " + minVersion + " nog niet bereikt (nu "
                + (seenVersion < 0 ? "nog onbekend" : "versie " + seenVersion)
                + "); probeer het zo opnieuw. / The view has not reached version " + minVersion + " yet; retry shortly.");
    }
}
