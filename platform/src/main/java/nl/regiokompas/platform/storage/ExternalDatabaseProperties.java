package nl.regiokompas.platform.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/** An external PostgreSQL, used instead of the embedded one when {@code spring.datasource.url} is set. */
@ConfigurationProperties("spring.datasource")
public record ExternalDatabaseProperties(String url, @DefaultValue("postgres") String username, String password) {

    public boolean configured() {
        return StringUtils.hasText(url);
    }
}
