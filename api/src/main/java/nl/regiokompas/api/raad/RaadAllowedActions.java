package nl.regiokompas.api.raad;

import java.util.List;

/**
 * What the signed-in user may record next about the gemeenteraden in one assessment, by the rules the aggregate
 * applies (see {@link RaadPolicy}). {@code mayRecordVerdictOn}: the revision of the own gemeente's confirmation that
 * waits for the raad's verdict, or null. {@code mayAnswer}: the zienswijzen the user may answer. The server still
 * decides every request.
 */
public record RaadAllowedActions(boolean mayOpenZienswijzePeriod, boolean mayRecordZienswijze,
                                 List<Answerable> mayAnswer, Integer mayRecordVerdictOn, boolean mayRecordInformed) {

    /** A zienswijze of the raad of {@code gemeente} on {@code revision}, not answered yet. */
    public record Answerable(String gemeente, int revision) {
    }
}
