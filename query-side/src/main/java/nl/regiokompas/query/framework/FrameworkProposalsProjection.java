package nl.regiokompas.query.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FindFrameworkProposal;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkDiff;
import nl.regiokompas.api.framework.FrameworkProposalView;
import nl.regiokompas.api.framework.FrameworkProposed;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.framework.FrameworkVersionAdoptedByGemeente;
import nl.regiokompas.api.framework.FrameworkVersionDeclinedByGemeente;
import nl.regiokompas.api.framework.ListFrameworkProposals;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Every proposed framework version with each participant's latest answer. The diff is computed when asked, against
 * the version the proposal was based on, so it always reads the same.
 */
@Component
@ProcessingGroup(ProjectionGroups.FRAMEWORK_PROPOSALS)
class FrameworkProposalsProjection {

    private final JdbcTemplate jdbc;
    private final FrameworkVersionsProjection versions;

    FrameworkProposalsProjection(JdbcTemplate jdbc, FrameworkVersionsProjection versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @EventHandler
    void on(FrameworkProposed event, @Timestamp Instant at, @MetaDataValue(AuditMetaData.USER_ID) String by) {
        jdbc.update("""
                        INSERT INTO framework_proposal (version, based_on, status, proposed_at, proposed_by, reason,
                            participants, content)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))
                        ON CONFLICT (version) DO NOTHING""",
                event.version(), event.basedOnVersion(), FrameworkProposalView.VOORGESTELD, timestamp(at), by,
                event.reason(), Json.write(event.participants()), Json.write(event.content()));
        if (event.supersedes() != null) {
            jdbc.update("UPDATE framework_proposal SET status = ? WHERE version = ?", FrameworkProposalView.VERVANGEN,
                    event.supersedes());
        }
    }

    @EventHandler
    void on(FrameworkVersionAdoptedByGemeente event, @Timestamp Instant at,
            @MetaDataValue(AuditMetaData.USER_ID) String by) {
        position(event.version(), event.gemeente(), FrameworkProposalView.ADOPTED, null, at, by);
    }

    @EventHandler
    void on(FrameworkVersionDeclinedByGemeente event, @Timestamp Instant at,
            @MetaDataValue(AuditMetaData.USER_ID) String by) {
        position(event.version(), event.gemeente(), FrameworkProposalView.DECLINED, event.reason(), at, by);
    }

    @EventHandler
    void on(FrameworkAdopted event, @Timestamp Instant at) {
        jdbc.update("UPDATE framework_proposal SET status = ?, in_force_at = ? WHERE version = ?",
                FrameworkProposalView.IN_WERKING, timestamp(at), event.version());
    }

    private void position(int version, String gemeente, String position, String reason, Instant at, String by) {
        jdbc.update("""
                        INSERT INTO framework_proposal_position (version, gemeente, position, reason, at, by_user)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (version, gemeente) DO UPDATE SET position = EXCLUDED.position,
                            reason = EXCLUDED.reason, at = EXCLUDED.at, by_user = EXCLUDED.by_user""",
                version, gemeente, position, reason, timestamp(at), by);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM framework_proposal_position");
        jdbc.update("DELETE FROM framework_proposal");
    }

    @QueryHandler
    List<FrameworkProposalView> handle(ListFrameworkProposals query) {
        return jdbc.queryForList("SELECT version FROM framework_proposal ORDER BY version DESC", Integer.class)
                .stream().map(version -> handle(new FindFrameworkProposal(version)).orElseThrow()).toList();
    }

    @QueryHandler
    Optional<FrameworkProposalView> handle(FindFrameworkProposal query) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT version FROM framework_proposal WHERE version = ?",
                query.version());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<FrameworkProposalView.Position> positions = jdbc.query("""
                        SELECT gemeente, position, reason, at, by_user FROM framework_proposal_position
                        WHERE version = ? ORDER BY at, gemeente""",
                (rs, n) -> new FrameworkProposalView.Position(rs.getString("gemeente"), rs.getString("position"),
                        rs.getString("reason"), instant(rs, "at"), rs.getString("by_user")), query.version());
        return jdbc.query("SELECT * FROM framework_proposal WHERE version = ?", (rs, n) -> {
            List<String> participants = Json.read(rs.getString("participants"), new TypeReference<List<String>>() { });
            FrameworkContent content = Json.read(rs.getString("content"), new TypeReference<FrameworkContent>() { });
            int basedOn = rs.getInt("based_on");
            FrameworkContent base = versions.handle(new FindFramework(basedOn)).map(FrameworkVersion::content).orElse(null);
            List<String> pending = new ArrayList<>(participants);
            positions.stream().filter(p -> FrameworkProposalView.ADOPTED.equals(p.position()))
                    .forEach(p -> pending.remove(p.gemeente()));
            return new FrameworkProposalView(rs.getInt("version"), basedOn, rs.getString("status"),
                    instant(rs, "proposed_at"), rs.getString("proposed_by"), rs.getString("reason"), participants,
                    positions, pending, instant(rs, "in_force_at"), FrameworkDiff.between(base, content), content);
        }, query.version()).stream().findFirst();
    }
}
