package nl.regiokompas.command.assessment;

import java.util.Map;

/** The current proposal revision: a scale per layer. */
record Proposal(int revision, Map<String, String> scales) {
}
