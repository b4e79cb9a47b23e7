package nl.regiokompas.query.audit;

import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;

/**
 * The gemeenteraad's events of an assessment. The document shows them elsewhere ({@code GET
 * /api/assessments/{id}/raad}), but each one is a version of the assessment: the document's version follows it,
 * so that read-your-writes and the live pushes see no gap.
 */
final class RaadFold {

    private RaadFold() {
    }

    static boolean advancesVersion(Object payload) {
        return payload instanceof KadersAnswered || payload instanceof RaadVerdictRecorded
                || payload instanceof ZienswijzePeriodOpened || payload instanceof ZienswijzeRecorded
                || payload instanceof ZienswijzeAnswered || payload instanceof RaadInformed;
    }
}
