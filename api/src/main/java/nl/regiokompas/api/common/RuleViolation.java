package nl.regiokompas.api.common;

/**
 * A command was refused by a rule of the domain. The kind tells the client what went wrong; the message is
 * Dutch, for the person who sent the command.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {
        /** The command is malformed or names unknown codes. */
        INVALID,
        /** The actor may not do this. */
        NOT_ALLOWED,
        /** The thing the command names does not exist. */
        NOT_FOUND,
        /** The command does not fit the current state (decided, wrong revision, already confirmed). */
        ILLEGAL_STATE
    }

    private final Kind kind;
    private final String field;
    private final java.util.List<String> items;

    public RuleViolation(Kind kind, String field, String message) {
        this(kind, field, message, java.util.List.of());
    }

    /** {@code items}: what the refusal lists one by one (what a package misses), for a client to show as a list. */
    public RuleViolation(Kind kind, String field, String message, java.util.List<String> items) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.items = items == null ? java.util.List.of() : java.util.List.copyOf(items);
    }

    public static RuleViolation illegalState(String message, java.util.List<String> items) {
        return new RuleViolation(Kind.ILLEGAL_STATE, null, message, items);
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, field, message);
    }

    public static RuleViolation notAllowed(String message) {
        return new RuleViolation(Kind.NOT_ALLOWED, null, message);
    }

    public static RuleViolation notFound(String message) {
        return new RuleViolation(Kind.NOT_FOUND, null, message);
    }

    public static RuleViolation illegalState(String message) {
        return new RuleViolation(Kind.ILLEGAL_STATE, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public java.util.List<String> items() {
        return items;
    }
}
