package nl.regiokompas.api.raad;

/** The raad's verdict on a conditional confirmation: agreed, it counts; not agreed, it is void. */
public record RaadVerdictRecorded(String assessmentId, int cycle, String gemeente, int revision, boolean agreed,
                                  Raadsbesluit raadsbesluit) {
}
