package nl.regiokompas.api.weighing;

/** The weighings that cover the decision of an assessment, newest first: where its form of cooperation is weighed. */
public record FindWeighingsOfAssessment(String assessmentId) {
}
