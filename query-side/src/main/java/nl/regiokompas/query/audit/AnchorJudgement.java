package nl.regiokompas.query.audit;

import java.time.Instant;

import nl.regiokompas.api.audit.AnchorCheck;
import nl.regiokompas.api.audit.AnchorCheck.Outcome;
import nl.regiokompas.api.audit.HashChainAnchor;

/**
 * Whether a walked chain still matches an anchor kept outside the database: the same judgement for a
 * checkpoint anchor ({@code cp<number>:<hash>}) and a link of V3's global chain ({@code <position>:<hash>}).
 */
final class AnchorJudgement {

    private AnchorJudgement() {
    }

    /**
     * @param verified       the hash the walk recomputed at the anchor's position, null when it did not get there
     * @param headPosition   the last stored position of the anchor's chain
     * @param brokenPosition where the walk of that chain broke, or null
     */
    static AnchorCheck judge(HashChainAnchor anchor, Instant recordedAt, byte[] verified, long headPosition,
                             Long brokenPosition) {
        long position = anchor.position();
        String point = anchor.chain() == HashChainAnchor.Chain.CHECKPOINTS ? "controlepunt " : "schakel ";
        if (verified != null) {
            String chainHash = EventHashLayout.hex(verified);
            return chainHash.equals(anchor.hash())
                    ? new AnchorCheck(position, anchor.hash(), recordedAt, true, Outcome.MATCHES, chainHash,
                    "De keten klopt van " + point + "1 tot en met " + point + position + " en heeft daar de hash van "
                            + "het anker: de gebeurtenissen die dat punt dekt zijn sindsdien niet gewijzigd.")
                    : new AnchorCheck(position, anchor.hash(), recordedAt, false, Outcome.DIFFERS, chainHash,
                    "De keten klopt in zichzelf tot en met " + point + position + ", maar heeft daar een andere hash "
                            + "dan het anker: de keten is herschreven nadat het anker werd vastgelegd. Een of meer "
                            + "gebeurtenissen die " + point + position + " dekt zijn gewijzigd, verwijderd of "
                            + "ingevoegd en de keten daarna opnieuw berekend.");
        }
        if (position > headPosition) {
            return new AnchorCheck(position, anchor.hash(), recordedAt, false, Outcome.BEYOND_HEAD, null,
                    "De keten eindigt bij " + point + headPosition + ", maar het anker noemt " + point + position
                            + ": er zijn gebeurtenissen of controlepunten verwijderd nadat het anker werd vastgelegd, "
                            + "of het anker hoort bij een andere database.");
        }
        return new AnchorCheck(position, anchor.hash(), recordedAt, false, Outcome.CHAIN_BROKEN, null,
                "De keten is gebroken" + (brokenPosition == null ? "" : " bij " + point + brokenPosition)
                        + ", voor of op de positie van het anker (" + point + position
                        + "); het anker kan daarom niet worden bevestigd.");
    }
}
