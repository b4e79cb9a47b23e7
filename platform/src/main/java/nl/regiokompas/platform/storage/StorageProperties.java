package nl.regiokompas.platform.storage;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the data lives and how the application reaches it.
 *
 * @param dataDir    the embedded PostgreSQL's data directory (and the hash-chain anchor file's); kept across restarts
 * @param embedded   {@code ephemeral}: a throw-away embedded database in a temporary directory (tests)
 * @param datasource {@code pool-size}: database connections of this instance (1 to 500)
 * @param eventStore {@code fetch-delay}: how often the event store looks for events of other instances
 */
@Validated
@ConfigurationProperties("regiokompas")
public record StorageProperties(@NotNull Path dataDir,
                                @Valid @DefaultValue Embedded embedded,
                                @Valid @DefaultValue Datasource datasource,
                                @Valid @DefaultValue EventStore eventStore) {

    public record Embedded(@DefaultValue("false") boolean ephemeral) {
    }

    public record Datasource(@DefaultValue("30") @Min(1) @Max(500) int poolSize) {
    }

    public record EventStore(@DefaultValue("100ms") @NotNull Duration fetchDelay) {
    }
}
