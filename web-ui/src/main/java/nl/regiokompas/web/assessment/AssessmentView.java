package nl.regiokompas.web.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.regiokompas.api.assessment.AllowedActions;
import nl.regiokompas.api.assessment.AssessmentDocument;

/** The assessment document as {@code GET /api/assessments/{id}} answers it: with what the caller may do next. */
record AssessmentView(@JsonUnwrapped AssessmentDocument document, AllowedActions allowedActions) {
}
