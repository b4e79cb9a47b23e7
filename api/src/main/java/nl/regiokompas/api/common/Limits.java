package nl.regiokompas.api.common;

/** Maximum lengths of the texts that users write, so that no single field can swamp the event store. */
public final class Limits {
    public static final int LONG_TEXT = 10_000;
    public static final int SHORT_TEXT = 200;
    public static final int MAX_REFLECTION_ANSWERS = 50;

    private Limits() {
    }
}
