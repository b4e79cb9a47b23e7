package nl.regiokompas.query.support;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the projections are kept and rebuilt.
 *
 * @param batchSize  events a projection handles in one transaction, live and in a rebuild (1 to 10,000)
 * @param rebuildTimeout how long a rebuild at start-up ({@code regiokompas.rebuild-projections=true}) may take
 */
@Validated
@ConfigurationProperties("regiokompas.projections")
public record ProjectionProperties(@DefaultValue("100") @Min(1) @Max(10_000) int batchSize,
                                  @DefaultValue("PT10M") @NotNull Duration rebuildTimeout) {
}
