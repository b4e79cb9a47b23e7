package nl.regiokompas.command.assessment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param assessmentCacheSize how many assessments each instance keeps loaded between commands (at least 1) */
@Validated
@ConfigurationProperties("regiokompas")
public record AssessmentCacheProperties(@DefaultValue("1000") @Min(1) int assessmentCacheSize) {
}
