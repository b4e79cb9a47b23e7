package nl.regiokompas.command.framework;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiokompas.api.framework.FrameworkContent;

/** The state of one proposed framework version while the participants answer it. */
final class FrameworkProposal {

    private final int version;
    private final FrameworkContent content;
    private final String reason;
    private final List<String> participants;
    private final Set<String> adopted = new LinkedHashSet<>();
    private final Set<String> declined = new LinkedHashSet<>();

    FrameworkProposal(int version, FrameworkContent content, String reason, List<String> participants) {
        this.version = version;
        this.content = content;
        this.reason = reason;
        this.participants = List.copyOf(participants);
    }

    int version() {
        return version;
    }

    FrameworkContent content() {
        return content;
    }

    String reason() {
        return reason;
    }

    boolean participates(String gemeente) {
        return participants.contains(gemeente);
    }

    boolean hasAdopted(String gemeente) {
        return adopted.contains(gemeente);
    }

    boolean hasDeclined(String gemeente) {
        return declined.contains(gemeente);
    }

    /** Whether every participant has adopted once {@code gemeente} adopts too. */
    boolean completedBy(String gemeente) {
        Set<String> after = new LinkedHashSet<>(adopted);
        after.add(gemeente);
        return after.containsAll(participants);
    }

    void adoptedBy(String gemeente) {
        declined.remove(gemeente);
        adopted.add(gemeente);
    }

    void declinedBy(String gemeente) {
        declined.add(gemeente);
    }

    /** By value, so that the aggregate test fixture can compare a handled aggregate with a replayed one. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FrameworkProposal that && version == that.version && content.equals(that.content)
                && Objects.equals(reason, that.reason) && participants.equals(that.participants)
                && adopted.equals(that.adopted) && declined.equals(that.declined);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, adopted, declined);
    }
}
