package nl.regiokompas.api.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A point of the event store's chains kept outside the database: a position and its hex SHA-256 hash. Since
 * V260 it names a checkpoint, written {@code cp<number>:<hexhash>} (as printed on a decision record, in the
 * anchor file and accepted by {@code GET /api/audit/verify?anchor=}); the form {@code <position>:<hexhash>}
 * names a link of the global chain that V3 kept until then. Whoever kept one can later ask whether the stored
 * chain still holds exactly that hash at that position; a rewrite of any event it covers changes it.
 */
public record HashChainAnchor(Chain chain, long position, String hash) {

    /** Which chain an anchor names. */
    public enum Chain {
        /** The chain of checkpoints over the heads of all streams (V260 on), written {@code cp<number>:<hash>}. */
        CHECKPOINTS("cp"),
        /** The global chain of every event stored before V260, written {@code <position>:<hash>}. */
        GLOBAL("");

        private final String prefix;

        Chain(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final String CHECKPOINT_PREFIX = "cp";

    private static final Pattern POSITION = Pattern.compile("[0-9]{1,19}");
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int ECHOED = 80;
    private static final String FORM = "Een anker heeft de vorm cp<controlepunt>:<hash>, bijvoorbeeld cp1234:"
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 (of <positie>:<hash> voor de keten "
            + "van voor versie V260).";

    /** A link of the global chain of V3. */
    public HashChainAnchor(long position, String hash) {
        this(Chain.GLOBAL, position, hash);
    }

    /** A checkpoint. */
    public static HashChainAnchor checkpoint(long number, String hash) {
        return new HashChainAnchor(Chain.CHECKPOINTS, number, hash);
    }

    public HashChainAnchor {
        if (chain == null) {
            throw new IllegalArgumentException("Een anker noemt zijn keten.");
        }
        if (position < 1) {
            throw new IllegalArgumentException("De positie van een anker is 1 of meer, niet " + position + ".");
        }
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("De hash van een anker bestaat uit 64 hexadecimale tekens (SHA-256).");
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code <position>:<hexhash>}; surrounding white space is ignored, upper-case hex is accepted.
     *
     * @throws IllegalArgumentException with a Dutch message saying what is wrong
     */
    public static HashChainAnchor parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Geef een anker op. " + FORM);
        }
        String anchor = text.strip();
        int colon = anchor.indexOf(':');
        if (colon < 0 || colon != anchor.lastIndexOf(':')) {
            throw new IllegalArgumentException("'" + echo(anchor) + "' is geen anker. " + FORM);
        }
        String position = anchor.substring(0, colon);
        Chain chain = Chain.GLOBAL;
        if (position.regionMatches(true, 0, CHECKPOINT_PREFIX, 0, CHECKPOINT_PREFIX.length())) {
            chain = Chain.CHECKPOINTS;
            position = position.substring(CHECKPOINT_PREFIX.length());
        }
        String hash = anchor.substring(colon + 1);
        if (!POSITION.matcher(position).matches()) {
            throw new IllegalArgumentException("De positie '" + echo(position)
                    + "' van het anker is geen geheel getal van 1 of meer. " + FORM);
        }
        long number;
        try {
            number = Long.parseLong(position);
        } catch (NumberFormatException tooLarge) {
            throw new IllegalArgumentException("De positie " + position + " van het anker is te groot.");
        }
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("De hash '" + echo(hash) + "' van het anker is geen SHA-256-hash: "
                    + "die bestaat uit precies 64 hexadecimale tekens (0-9, a-f), hier zijn het er "
                    + hash.length() + ". " + FORM);
        }
        return new HashChainAnchor(chain, number, hash);
    }

    /** {@code cp<number>:<hexhash>} or {@code <position>:<hexhash>}, the form that {@link #parse} reads. */
    public String text() {
        return chain.prefix + position + ":" + hash;
    }

    private static String echo(String text) {
        return text.length() <= ECHOED ? text : text.substring(0, ECHOED) + "...";
    }
}
