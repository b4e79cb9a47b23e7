package nl.regiokompas.web.live;

import java.util.List;

/** Who is looking at an assessment now, as pushed to {@code /topic/assessments/{id}/presence}. */
record PresenceView(List<Viewer> viewers) {
}
