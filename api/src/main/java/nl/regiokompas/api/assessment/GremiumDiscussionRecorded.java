package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/** {@code gemeente} is null when the revision itself was discussed, else the gemeente whose confirmation was. */
public record GremiumDiscussionRecorded(String assessmentId, int cycle, String gremium, LocalDate date,
                                        DiscussionSubject subject, int revision, String gemeente, String note) {
}
