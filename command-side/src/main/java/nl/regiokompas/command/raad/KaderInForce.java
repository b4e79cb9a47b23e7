package nl.regiokompas.command.raad;

/** A kader that applies now, as a confirmation names it: its id, text and the reference of its raadsbesluit. */
public record KaderInForce(String kaderId, String text, String reference) {
}
