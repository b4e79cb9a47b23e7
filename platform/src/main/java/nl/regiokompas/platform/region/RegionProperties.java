package nl.regiokompas.platform.region;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The region this instance serves: its code names the region's framework (the seed file's {@code region.code}).
 *
 * @param regionCode two to ten capitals or digits, {@code ZOU} by default
 */
@Validated
@ConfigurationProperties("regiokompas")
public record RegionProperties(@DefaultValue("ZOU") @Pattern(regexp = "[A-Z0-9]{2,10}",
        message = "moet 2 tot 10 hoofdletters of cijfers zijn") String regionCode) {
}
