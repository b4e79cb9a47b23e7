package nl.regiokompas.api.raad;

import java.time.Instant;
import java.util.List;

/** A kader as it stands ({@code inForce} false once withdrawn), with every raadsbesluit that set or changed it. */
public record KaderView(String kaderId, String gemeente, String themeCode, String text, boolean inForce,
                        Raadsbesluit raadsbesluit, Instant setAt, Instant changedAt, List<Change> history,
                        long version) {

    public static final String SET = "GESTELD";
    public static final String AMENDED = "GEWIJZIGD";
    public static final String WITHDRAWN = "INGETROKKEN";

    public record Change(String kind, Instant at, String text, Raadsbesluit raadsbesluit) {
    }
}
