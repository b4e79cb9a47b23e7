package nl.regiokompas.query.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.framework.ListFrameworkVersions;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Every adopted version of the afwegingskader; the highest version is the current one. */
@Component
@ProcessingGroup(ProjectionGroups.FRAMEWORK_VERSIONS)
class FrameworkVersionsProjection {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final JdbcTemplate jdbc;
    private final RowMapper<FrameworkVersion> versionRow = (rs, n) -> new FrameworkVersion(
            rs.getInt("version"), rs.getTimestamp("adopted_at").toInstant(), rs.getString("adopted_by"),
            rs.getString("reason"), fromJson(rs.getString("content")));

    FrameworkVersionsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FrameworkAdopted event, @Timestamp Instant at, @MetaDataValue(AuditMetaData.USER_ID) String by) {
        jdbc.update("INSERT INTO framework_version (region_code, version, adopted_at, adopted_by, reason, content) "
                        + "VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (region_code, version) DO NOTHING",
                event.regionCode(), event.version(), java.sql.Timestamp.from(at), by, event.reason(), toJson(event.content()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM framework_version");
    }

    @QueryHandler
    Optional<FrameworkVersion> handle(FindFramework query) {
        String sql = query.version() == null
                ? "SELECT * FROM framework_version ORDER BY version DESC LIMIT 1"
                : "SELECT * FROM framework_version WHERE version = ?";
        Object[] args = query.version() == null ? new Object[0] : new Object[]{query.version()};
        return jdbc.query(sql, versionRow, args).stream().findFirst();
    }

    @QueryHandler
    List<FrameworkVersion> handle(ListFrameworkVersions query) {
        return jdbc.query("SELECT * FROM framework_version ORDER BY version", versionRow);
    }

    private static String toJson(FrameworkContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FrameworkContent fromJson(String json) {
        try {
            return JSON.readValue(json, FrameworkContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
