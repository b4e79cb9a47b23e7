package nl.regiokompas.api.assessment;

/**
 * The package of the current proposal changed (a responsibility, a precondition or the theme's mandate), so it
 * became revision {@code revision} with the same scales; confirmations of earlier revisions are void.
 * {@code cause} is RESPONSIBILITY, PRECONDITION or MANDATE; {@code mandateId} the mandate the package now falls
 * under.
 */
public record PackageRevised(String assessmentId, int cycle, int revision, String cause, String mandateId) {

    public static final String RESPONSIBILITY = "RESPONSIBILITY";
    public static final String PRECONDITION = "PRECONDITION";
    public static final String MANDATE = "MANDATE";
}
