package nl.regiokompas.web.live;

import java.time.Instant;

/** A change that shows in the list of assessments, pushed to {@code /topic/assessments}. */
record ListChange(String assessmentId, String type, long version, Instant occurredAt, String description) {
}
