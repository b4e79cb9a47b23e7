package nl.regiokompas.api.assessment;

import java.util.List;

import nl.regiokompas.api.framework.FrameworkTerms;

/**
 * An assessment was opened; it carries the framework terms it is pinned to for all its cycles, and the theme's
 * active mandate at that moment ({@code mandateId} null: none, as in events written before it was carried).
 */
public record AssessmentOpened(String assessmentId, String themeCode, String title, List<String> gemeenten,
                               int frameworkVersion, int cycle, FrameworkTerms terms, String mandateId,
                               long mandateVersion) {

    public AssessmentOpened(String assessmentId, String themeCode, String title, List<String> gemeenten,
                            int frameworkVersion, int cycle, FrameworkTerms terms) {
        this(assessmentId, themeCode, title, gemeenten, frameworkVersion, cycle, terms, null, 0);
    }
}
