package nl.regiokompas.command;

import nl.regiokompas.api.common.AuditMetaData;

import java.util.Map;

/** Command metadata as the web layer sets it for each kind of user. */
public final class Callers {

    private Callers() {
    }

    public static Map<String, Object> strateeg(String gemeente) {
        return caller("strateeg." + gemeente.toLowerCase(), "STRATEEG", gemeente);
    }

    public static Map<String, Object> bestuurder(String gemeente) {
        return caller("bestuurder." + gemeente.toLowerCase(), "BESTUURDER", gemeente);
    }

    public static Map<String, Object> raadslid(String gemeente) {
        return caller("raadslid." + gemeente.toLowerCase(), "RAADSLID", gemeente);
    }

    public static Map<String, Object> griffier(String gemeente) {
        return caller("griffier." + gemeente.toLowerCase(), "GRIFFIER", gemeente);
    }

    public static Map<String, Object> programmateam() {
        return Map.of(AuditMetaData.USER_ID, "programmateam", AuditMetaData.USER_NAME, "Programmateam",
                AuditMetaData.ROLE, "PROGRAMMATEAM");
    }

    public static Map<String, Object> auditor() {
        return Map.of(AuditMetaData.USER_ID, "auditor", AuditMetaData.ROLE, "AUDITOR");
    }

    public static Map<String, Object> withoutRole() {
        return Map.of(AuditMetaData.USER_ID, "anoniem");
    }

    private static Map<String, Object> caller(String userId, String role, String gemeente) {
        return Map.of(AuditMetaData.USER_ID, userId, AuditMetaData.USER_NAME, userId, AuditMetaData.ROLE, role,
                AuditMetaData.GEMEENTE, gemeente);
    }
}
