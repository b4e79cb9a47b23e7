package nl.regiokompas.api.decision;

import java.time.Instant;

/**
 * Asks for the decision history, newest first, answered with {@link DecisionHistoryEntry} items. Every
 * criterion is optional (null: no filter). {@code gemeente}: the gemeente took part; {@code layer} and
 * {@code scale}: the decided scale of that layer, or of any layer when only {@code scale} is given;
 * {@code from} inclusive and {@code to} exclusive on the moment of decision.
 */
public record FindDecisions(String themeCode, String gemeente, String layer, String scale, Instant from,
                            Instant to) {

    public static FindDecisions all() {
        return new FindDecisions(null, null, null, null, null, null);
    }
}
