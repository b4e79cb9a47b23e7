package nl.regiokompas.web.assessment;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param timeout how long {@code ?minVersion=} waits for the view before it answers 503 (100 ms to 1 minute) */
@Validated
@ConfigurationProperties("regiokompas.read-your-writes")
public record ReadYourWritesProperties(@DefaultValue("PT5S") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 1)
                                       Duration timeout) {
}
