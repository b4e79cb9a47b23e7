package nl.regiokompas.web.raad;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.regiokompas.api.raad.AssessmentRaad;
import nl.regiokompas.api.raad.RaadAllowedActions;

/** What concerns the raden in an assessment as {@code GET /api/assessments/{id}/raad} answers it: with what the caller may record. */
record AssessmentRaadView(@JsonUnwrapped AssessmentRaad raad, RaadAllowedActions allowedActions) {
}
