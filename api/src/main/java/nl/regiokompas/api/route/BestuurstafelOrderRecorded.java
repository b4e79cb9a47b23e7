package nl.regiokompas.api.route;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Bestuurstafel fixed on {@code meetingDate}: the agenda's order (themes not named follow, unordered)
 * and the themes of the current round. The latest meeting counts.
 */
public record BestuurstafelOrderRecorded(String regionCode, LocalDate meetingDate, List<String> order,
                                         List<String> currentRound, String note) {
}
