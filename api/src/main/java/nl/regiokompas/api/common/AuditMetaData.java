package nl.regiokompas.api.common;

/** Keys of the metadata that every command and event carries: who, on behalf of which gemeente, and why. */
public final class AuditMetaData {
    public static final String USER_ID = "userId";
    public static final String USER_NAME = "userName";
    public static final String GEMEENTE = "gemeente";
    public static final String ROLE = "role";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** "true" on the commands and events of a generated demo history; never set on a user's command. */
    public static final String DEMO = "demo";

    /** The user id of what Regiokompas does by itself (seeding, upgrades), not on behalf of a person. */
    public static final String SYSTEM_USER = "system";

    private AuditMetaData() {
    }

    /** The metadata of a step Regiokompas takes by itself; {@code name} says in Dutch which step, for the history. */
    public static java.util.Map<String, String> system(String name) {
        return java.util.Map.of(USER_ID, SYSTEM_USER, USER_NAME, name, ROLE, Role.PROGRAMMATEAM.name());
    }
}
