package nl.regiokompas.platform.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param racingWriteRetries transparent retries of a write that lost a race to another instance (0 to 10) */
@Validated
@ConfigurationProperties("regiokompas")
public record CommandDispatchProperties(@DefaultValue("3") @Min(0) @Max(10) int racingWriteRetries) {
}
