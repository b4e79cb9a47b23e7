package nl.regiokompas.api.mandate;

import java.time.Instant;
import java.util.List;

/** A mandate as it stands now, with every registration, amendment and end that led to it, oldest first. */
public record MandateView(String mandateId, String themeCode, boolean active, String bestuurlijkOpdrachtgever,
                          String ambtelijkOpdrachtgever, String ambtenaar50, List<Power> powers,
                          Instant registeredAt, Instant endedAt, long version, List<Change> history) {

    public static final String REGISTERED = "GEREGISTREERD";
    public static final String AMENDED = "GEWIJZIGD";
    public static final String ENDED = "BEEINDIGD";

    /** {@code kind} is GEREGISTREERD, GEWIJZIGD or BEEINDIGD; holders and powers are those after the change. */
    public record Change(long sequence, String kind, Instant at, String by, String reason,
                         String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever, String ambtenaar50,
                         List<Power> powers) {
    }
}
