package nl.regiokompas.web.live;

/** Someone looking at an assessment. */
record Viewer(String userId, String name, String gemeente) {
}
