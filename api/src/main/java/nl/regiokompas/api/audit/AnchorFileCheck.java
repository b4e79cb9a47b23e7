package nl.regiokompas.api.audit;

import java.util.List;

/**
 * The anchors of the anchor file checked against the stored chain. After a rewrite from some event on,
 * every anchor recorded before the rewrite at or after that event's position differs; the altered event lies
 * after {@code lastMatchBeforeFirstMismatch} and at or before {@code firstMismatch}. Anchors recorded after
 * the rewrite match the rewritten chain again, so an auditor looks at {@code allMatch}, not at {@code latest}.
 */
public record AnchorFileCheck(int anchorsChecked, int unreadableLines, boolean allMatch, int mismatches,
                              AnchorCheck firstMismatch, AnchorCheck lastMatchBeforeFirstMismatch,
                              AnchorCheck latest) {

    /** Sums up the checks of the file's anchors, given in file order. */
    public static AnchorFileCheck of(List<AnchorCheck> checks, int unreadableLines) {
        AnchorCheck firstMismatch = null;
        AnchorCheck lastMatchBefore = null;
        int mismatches = 0;
        for (AnchorCheck check : checks) {
            if (check.matches()) {
                if (firstMismatch == null) {
                    lastMatchBefore = check;
                }
            } else {
                mismatches++;
                if (firstMismatch == null) {
                    firstMismatch = check;
                }
            }
        }
        return new AnchorFileCheck(checks.size(), unreadableLines, mismatches == 0, mismatches, firstMismatch,
                firstMismatch == null ? null : lastMatchBefore, checks.isEmpty() ? null : checks.get(checks.size() - 1));
    }
}
