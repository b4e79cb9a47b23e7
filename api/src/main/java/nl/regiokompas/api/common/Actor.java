package nl.regiokompas.api.common;

import java.util.Arrays;
import java.util.Map;

/** Who did something: the signed-in user, the gemeente they act for (null for regional roles) and their role. */
public record Actor(String userId, String name, String gemeente, Role role) {

    /** The actor that a command's or event's metadata names ({@link AuditMetaData}); an unknown role is null. */
    public static Actor of(Map<String, ?> metaData) {
        String role = text(metaData.get(AuditMetaData.ROLE));
        return new Actor(text(metaData.get(AuditMetaData.USER_ID)), text(metaData.get(AuditMetaData.USER_NAME)),
                text(metaData.get(AuditMetaData.GEMEENTE)),
                Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
