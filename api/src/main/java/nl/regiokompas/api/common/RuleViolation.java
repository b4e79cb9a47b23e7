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

    public RuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
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
}
