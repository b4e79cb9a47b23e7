package nl.regiokompas.web.security;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password sign-in.
 *
 * @param rememberVerifiedCredentials how long verified Basic credentials are remembered (no bcrypt per request)
 * @param signInThrottle              the short, growing refusal window after failed passwords (docs/operations.md)
 */
@Validated
@ConfigurationProperties("regiokompas.security")
public record SignInProperties(@DefaultValue("PT5M") @NotNull Duration rememberVerifiedCredentials,
                               @Valid @DefaultValue Throttle signInThrottle) {

    public record Throttle(@DefaultValue("5") @Min(1) @Max(100) int freeFailures,
                           @DefaultValue("PT1S") @NotNull @DurationMin(millis = 1) Duration firstWindow,
                           @DefaultValue("PT5M") @NotNull @DurationMin(millis = 1) Duration longestWindow,
                           @DefaultValue("PT30M") @NotNull @DurationMin(seconds = 1) Duration forgetAfter,
                           @DefaultValue("50000") @Min(100) @Max(10_000_000) int maxEntries) {
    }
}
