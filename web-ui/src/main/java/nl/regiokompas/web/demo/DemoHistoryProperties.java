package nl.regiokompas.web.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param size cycles per theme of generated history on an empty store (0: none, at most 20)
 * @param seed makes the generated choices repeatable
 */
@Validated
@ConfigurationProperties("regiokompas.demo-history")
public record DemoHistoryProperties(@DefaultValue("0") @Min(0) @Max(20) int size, @DefaultValue("2028") long seed) {
}
