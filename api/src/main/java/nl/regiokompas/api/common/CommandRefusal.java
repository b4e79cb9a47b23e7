package nl.regiokompas.api.common;

import java.util.List;

/**
 * Why the command side refused a command, in a form that survives the trip from the process that handled
 * the command to the one that sent it (Axon Server carries it as the details of a CommandExecutionException).
 */
public record CommandRefusal(RuleViolation.Kind kind, String field, String message, Long expectedVersion,
                             Long currentVersion, List<UnseenChange> unseenChanges, List<String> items) {

    public CommandRefusal {
        items = items == null ? List.of() : items;
    }

    public CommandRefusal(RuleViolation.Kind kind, String field, String message, Long expectedVersion,
                          Long currentVersion, List<UnseenChange> unseenChanges) {
        this(kind, field, message, expectedVersion, currentVersion, unseenChanges, List.of());
    }

    public static CommandRefusal of(RuleViolation violation) {
        return new CommandRefusal(violation.kind(), violation.field(), violation.getMessage(), null, null, List.of(),
                violation.items());
    }

    public static CommandRefusal of(ConcurrentChangeRefused refused) {
        return new CommandRefusal(null, null, refused.getMessage(), refused.expectedVersion(), refused.actualVersion(),
                refused.unseenChanges());
    }

    /** The refusal as the exception the command side threw. */
    public RuntimeException toException() {
        if (kind == null) {
            return new ConcurrentChangeRefused(expectedVersion, currentVersion, unseenChanges);
        }
        return new RuleViolation(kind, field, message, items);
    }
}
