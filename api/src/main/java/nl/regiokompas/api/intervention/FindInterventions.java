package nl.regiokompas.api.intervention;

/**
 * Asks for local interventions, newest first, answered with {@link InterventionView} items. Every criterion
 * is optional; {@code status} is OPEN or an outcome (INGETROKKEN, OVERGENOMEN, AFWIJKING_AANVAARD, or the
 * VERWORPEN of old events).
 */
public record FindInterventions(String gemeente, String status, String themeCode) {
}
