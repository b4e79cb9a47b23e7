package nl.regiokompas.api.assessment;

/** Asks for the list of assessments, optionally of one theme (null: all), as {@link AssessmentSummary} items. */
public record ListAssessments(String themeCode) {

    public static ListAssessments all() {
        return new ListAssessments(null);
    }
}
