package nl.regiokompas.query.raad;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param informingTerm how long after a confirmation its raad should be informed (at least one day; default six
 *                      weeks); a confirmation whose raad was not informed within it is flagged
 */
@ConfigurationProperties("regiokompas.raad")
public record RaadProperties(@DefaultValue("P42D") Duration informingTerm) {

    public RaadProperties {
        if (informingTerm == null || informingTerm.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("regiokompas.raad.informing-term must be at least one day (P1D), not "
                    + informingTerm);
        }
    }
}
