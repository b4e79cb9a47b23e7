package nl.regiokompas.platform.storage;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one PostgreSQL that holds the event store, the tokens and the projections: an external one when
 * {@code spring.datasource.url} is set, otherwise an embedded one whose data directory survives restarts.
 * The data source is declared here rather than left to auto-configuration because Axon's JDBC
 * auto-configuration only activates when a DataSource bean exists before it is evaluated.
 */
@Configuration(proxyBeanMethods = false)
public class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ExternalDatabaseProperties external, StorageProperties storage)
            throws IOException {
        if (external.configured()) {
            return EmbeddedDatabase.none();
        }
        if (storage.embedded().ephemeral()) {
            log.info("Embedded PostgreSQL in a temporary directory, removed at shutdown");
            return EmbeddedDatabase.ephemeral();
        }
        Path directory = storage.dataDir().toAbsolutePath();
        log.info("Embedded PostgreSQL keeps its data in {}", directory);
        return EmbeddedDatabase.inDirectory(directory);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase embedded, ExternalDatabaseProperties external, StorageProperties storage) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("regiokompas");
        config.setMaximumPoolSize(storage.datasource().poolSize());
        if (external.configured()) {
            config.setJdbcUrl(external.url());
            config.setUsername(external.username());
            config.setPassword(external.password());
            log.info("Using external PostgreSQL at {}", external.url());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
            config.setPassword(embedded.password());
        }
        return new HikariDataSource(config);
    }
}
