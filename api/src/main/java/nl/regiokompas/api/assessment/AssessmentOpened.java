package nl.regiokompas.api.assessment;

import java.util.List;

import nl.regiokompas.api.framework.FrameworkTerms;

/** An assessment was opened; it carries the framework terms it is pinned to for all its cycles. */
public record AssessmentOpened(String assessmentId, String themeCode, String title, List<String> gemeenten,
                               int frameworkVersion, int cycle, FrameworkTerms terms) {
}
