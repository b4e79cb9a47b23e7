package nl.regiokompas.web.audit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param anchorFile     the append-only file of chain heads; empty: {@code chain-anchors.log} in the data directory
 * @param anchorInterval how often the chain head is appended when it moved (at least a second)
 */
@Validated
@ConfigurationProperties("regiokompas.audit")
public record AnchorProperties(String anchorFile,
                               @DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration anchorInterval) {
}
