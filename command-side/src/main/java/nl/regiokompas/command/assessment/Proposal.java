package nl.regiokompas.command.assessment;

import java.util.Map;

/**
 * The current revision of the package: a scale per layer, the reasons for departing from the leanings, and the
 * theme's mandate it falls under (null: none).
 */
record Proposal(int revision, Map<String, String> scales, Map<String, String> deviations, String mandateId) {

    /** The same package as revision {@code revision}, now under {@code mandateId}. */
    Proposal revised(int revision, String mandateId) {
        return new Proposal(revision, scales, deviations, mandateId);
    }
}
