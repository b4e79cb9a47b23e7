package nl.regiokompas.command.raad;

import java.util.List;

/** The kaders in force, as a confirmation is checked against them ({@link KadersInForce} in the application). */
public interface KaderLookup {

    /** No kaders anywhere: for tests of what does not concern the raad. */
    KaderLookup NONE = (gemeente, themeCode) -> List.of();

    /** The kaders of the raad of {@code gemeente} for {@code themeCode} that apply now, oldest first. */
    List<KaderInForce> of(String gemeente, String themeCode);
}
