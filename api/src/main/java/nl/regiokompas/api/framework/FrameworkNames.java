package nl.regiokompas.api.framework;

/**
 * The names one framework version gives its codes, as {@link FrameworkTerms} collects them: terms the framework
 * lists as bare words (responsibility kinds and levels, precondition kinds, reflection levels) are named by that
 * word in lower case ({@code OPERATIONEEL} reads "operationeel"); a code the version does not list has no name.
 */
public final class FrameworkNames {

    private FrameworkNames() {
    }

    public static TermNames of(FrameworkContent content) {
        if (content == null || content.region() == null) {
            return TermNames.NONE;
        }
        return FrameworkTerms.of(0, content).termNames();
    }
}
