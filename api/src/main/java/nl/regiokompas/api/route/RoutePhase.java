package nl.regiokompas.api.route;

/** A theme's place on the route, in the order a theme passes them. */
public enum RoutePhase {
    OP_AGENDA("Op de agenda"),
    IN_RONDE("In de huidige ronde"),
    AFWEGING_LOOPT("Afweging loopt"),
    BEVESTIGD("Bevestigd"),
    VORM_GEKOZEN("Vorm gekozen");

    private final String label;

    RoutePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The phase from what happened to the theme: a chosen form of its decided cycle beats a decision, which beats
     * a running assessment, which beats a place in the current round.
     */
    public static RoutePhase of(boolean inCurrentRound, String assessmentStatus, String governanceForm) {
        if (RouteView.CONFIRMED.equals(assessmentStatus)) {
            return governanceForm != null ? VORM_GEKOZEN : BEVESTIGD;
        }
        if (RouteView.RUNNING.equals(assessmentStatus)) {
            return AFWEGING_LOOPT;
        }
        return inCurrentRound ? IN_RONDE : OP_AGENDA;
    }
}
