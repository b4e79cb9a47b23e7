package nl.regiokompas.api.common;

/** The roles of the people who use Regiokompas. Only the first three and the programmateam write. */
public enum Role {
    STRATEEG,
    BESTUURDER,
    RAADSLID,
    PROGRAMMATEAM,
    AUDITOR;

    public boolean mayWrite() {
        return this != RAADSLID && this != AUDITOR;
    }
}
