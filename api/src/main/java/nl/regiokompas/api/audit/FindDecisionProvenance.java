package nl.regiokompas.api.audit;

/** Asks how a decision came about; answered with a {@link DecisionProvenance}, or null when unknown. */
public record FindDecisionProvenance(String decisionId) {
}
