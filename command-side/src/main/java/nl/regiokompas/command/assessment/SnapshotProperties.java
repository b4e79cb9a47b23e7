package nl.regiokompas.command.assessment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param snapshotThreshold an assessment is snapshotted every this many events (at least 1) */
@Validated
@ConfigurationProperties("regiokompas")
public record SnapshotProperties(@DefaultValue("1000") @Min(1) int snapshotThreshold) {
}
