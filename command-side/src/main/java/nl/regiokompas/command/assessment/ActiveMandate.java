package nl.regiokompas.command.assessment;

/** The active mandate of a theme as the command side knows it: its id (null: none) and the version of its last event. */
public record ActiveMandate(String mandateId, long version) {

    public static final ActiveMandate NONE = new ActiveMandate(null, 0);
}
