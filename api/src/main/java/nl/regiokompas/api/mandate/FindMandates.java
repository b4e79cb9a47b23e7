package nl.regiokompas.api.mandate;

/**
 * Asks for the mandates, optionally of one theme (null: all), answered with {@link MandateView} items:
 * the current ones first, then the ended ones ({@code active} false), each with its full history.
 */
public record FindMandates(String themeCode) {
}
