package nl.regiokompas.api.assessment;

/** The bodies that take the formal decision next to a bestuurlijke bevestiging. */
public enum FormalBody {
    COLLEGE,
    RAAD,
    BESTUURSTAFEL
}
