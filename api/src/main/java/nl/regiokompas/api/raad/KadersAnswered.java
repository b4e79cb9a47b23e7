package nl.regiokompas.api.raad;

import java.util.List;

/**
 * With a confirmation, the bestuurder's answer per kader in force. {@code conditional}: some kader is not
 * respected, so the confirmation counts only once the raad agreed ({@link RaadVerdictRecorded}).
 */
public record KadersAnswered(String assessmentId, int cycle, String gemeente, int revision, List<KaderAnswer> answers,
                             boolean conditional) {
}
