package nl.regiokompas.api.common;

/** The roles of the people who use Regiokompas. Raadslid and auditor only read. */
public enum Role {
    STRATEEG("strateeg"),
    BESTUURDER("bestuurder"),
    RAADSLID("raadslid"),
    PROGRAMMATEAM("programmateam"),
    AUDITOR("auditor"),
    /** Records what the gemeenteraad decided: kaders, zienswijzen, verdicts, informing. */
    GRIFFIER("griffier");

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
