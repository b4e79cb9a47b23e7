package nl.regiokompas.api.common;

/** The roles of the people who use Regiokompas. Only the first three and the programmateam write. */
public enum Role {
    STRATEEG("strateeg"),
    BESTUURDER("bestuurder"),
    RAADSLID("raadslid"),
    PROGRAMMATEAM("programmateam"),
    AUDITOR("auditor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Dutch name of the role as a sentence reads it: "Als strateeg mag u ...". */
    public String label() {
        return label;
    }

    public boolean mayWrite() {
        return this != RAADSLID && this != AUDITOR;
    }
}
