package nl.regiokompas.web.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The claims of an OpenID Connect access token that make the Regiokompas user. */
@Validated
@ConfigurationProperties("regiokompas.security.oidc")
public record BearerTokenClaims(@DefaultValue("preferred_username") @NotBlank String userClaim,
                                @DefaultValue("gemeente") @NotBlank String gemeenteClaim,
                                @DefaultValue("regiokompas_role") @NotBlank String roleClaim) {
}
