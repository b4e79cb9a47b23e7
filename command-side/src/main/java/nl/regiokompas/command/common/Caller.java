package nl.regiokompas.command.common;

import nl.regiokompas.api.assessment.AssessmentAction;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Who sent a command, as the web layer put it in the command's metadata. */
public record Caller(String userId, String gemeente, Role role) {

    public static Caller from(MetaData metaData) {
        return new Caller(text(metaData.get(AuditMetaData.USER_ID)), text(metaData.get(AuditMetaData.GEMEENTE)),
                role(text(metaData.get(AuditMetaData.ROLE))));
    }

    /** Refuses a caller whose role may not do this action at all; the own-gemeente rule is the handler's. */
    public void require(AssessmentAction action) {
        requireRole(action.roles().toArray(Role[]::new));
    }

    /** Refuses a caller whose role may not do this route action at all; the own-gemeente rule is the handler's. */
    public void require(nl.regiokompas.api.route.RouteAction action) {
        requireRole(action.roles().toArray(Role[]::new));
    }

    /**
     * Refuses a caller who may not do this route action for {@code gemeente} (a bestuurder or strateeg of another
     * gemeente); names both gemeenten by {@code nameOf}.
     */
    public void requireFor(nl.regiokompas.api.route.RouteAction action, String gemeente,
                           java.util.function.UnaryOperator<String> nameOf) {
        require(action);
        if (!action.allowsFor(role, this.gemeente, gemeente)) {
            throw RuleViolation.notAllowed("Als " + role.label() + " van " + nameOf.apply(this.gemeente)
                    + " mag u dit alleen voor de eigen gemeente doen, niet voor " + nameOf.apply(gemeente) + ".");
        }
    }

    public void requireRole(Role... allowed) {
        if (role == null || Arrays.stream(allowed).noneMatch(role::equals)) {
            throw RuleViolation.notAllowed((role == null ? "Zonder rol" : "Als " + role.label())
                    + " mag u dit niet; dit mag alleen als " + labels(allowed) + ".");
        }
    }

    private static String labels(Role... roles) {
        return Arrays.stream(roles).map(Role::label).collect(Collectors.joining(" of "));
    }

    private static Role role(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
