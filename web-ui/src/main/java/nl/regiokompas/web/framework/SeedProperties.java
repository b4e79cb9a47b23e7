package nl.regiokompas.web.framework;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * What a first start seeds.
 *
 * @param framework    the framework file (YAML) adopted as version 1 on an empty store
 * @param demoUsers    whether the demo users of every gemeente are created (embedded mode)
 * @param demoPassword their password
 */
@Validated
@ConfigurationProperties("regiokompas.seed")
public record SeedProperties(@DefaultValue("classpath:afwegingskader.yaml") @NotNull Resource framework,
                             @DefaultValue("false") boolean demoUsers,
                             @DefaultValue("demo") String demoPassword) {
}
