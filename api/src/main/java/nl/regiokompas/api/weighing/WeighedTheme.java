package nl.regiokompas.api.weighing;

/** A theme a weighing covers, with the confirmed assessment (and its decision) the weighing builds on. */
public record WeighedTheme(String themeCode, String assessmentId, String decisionId, int cycle) {
}
