package nl.regiokompas.api.framework;

import java.time.Instant;
import java.util.List;

/**
 * A proposed framework version: its status ({@link #VOORGESTELD}, {@link #IN_WERKING}, {@link #VERVANGEN}),
 * each participant's position with who and when, who has yet to answer, and the changes against the version
 * it was based on.
 */
public record FrameworkProposalView(int version, int basedOnVersion, String status, Instant proposedAt,
                                    String proposedBy, String reason, List<String> participants,
                                    List<Position> positions, List<String> pending, Instant inForceAt,
                                    List<FrameworkChange> changes, FrameworkContent content) {

    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String IN_WERKING = "IN_WERKING";
    public static final String VERVANGEN = "VERVANGEN";
    public static final String ADOPTED = "VASTGESTELD";
    public static final String DECLINED = "AFGEWEZEN";

    /** A gemeente's latest answer: {@link #ADOPTED} or {@link #DECLINED} (with its reason). */
    public record Position(String gemeente, String position, String reason, Instant at, String by) {
    }
}
