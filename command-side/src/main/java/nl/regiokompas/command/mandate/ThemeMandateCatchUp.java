package nl.regiokompas.command.mandate;

import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.FollowThemeMandate;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.command.assessment.ActiveMandate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Assessments opened before the whole package carried the theme's mandate (listed by migration V340) follow their
 * theme's active mandate once, on the first start after the upgrade, so that their package names it like every
 * assessment opened since. Each is taken off the list when its assessment has followed.
 */
@Component
@Order(2)
class ThemeMandateCatchUp implements ApplicationRunner {

    static final Map<String, String> SYSTEM = AuditMetaData.system("Regiokompas (bijwerken na een nieuwe versie)");

    private static final Logger log = LoggerFactory.getLogger(ThemeMandateCatchUp.class);

    private final JdbcTemplate jdbc;
    private final ThemeMandateFollower mandates;
    private final CommandGateway commands;

    ThemeMandateCatchUp(JdbcTemplate jdbc, ThemeMandateFollower mandates, CommandGateway commands) {
        this.jdbc = jdbc;
        this.mandates = mandates;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> pending = jdbc.queryForList("""
                SELECT p.assessment_id, t.theme_code FROM command_mandate_follow_pending p
                JOIN command_assessment_theme t ON t.assessment_id = p.assessment_id ORDER BY p.assessment_id""");
        for (Map<String, Object> assessment : pending) {
            String assessmentId = (String) assessment.get("assessment_id");
            ActiveMandate active = mandates.activeFor((String) assessment.get("theme_code"));
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new FollowThemeMandate(assessmentId, active.mandateId(), active.version())).andMetaData(SYSTEM));
            jdbc.update("DELETE FROM command_mandate_follow_pending WHERE assessment_id = ?", assessmentId);
        }
        if (!pending.isEmpty()) {
            log.info("{} assessments opened before the whole package follow their theme's active mandate now",
                    pending.size());
        }
    }
}
