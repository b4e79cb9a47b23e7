package nl.regiokompas.api.assessment;

import nl.regiokompas.api.route.AssessmentFollowUp;

/**
 * The follow-up of a bestuurlijke bevestiging. On the route, a follow-up that needs further work or more preparation
 * puts the theme back on the agenda; one that is directly taken up keeps it where it is.
 */
public record FollowUpRecorded(String assessmentId, int cycle, String decisionId, FollowUp followUp, String note)
        implements AssessmentFollowUp {

    @Override
    public String followUpName() {
        return ProcessDescriptions.FOLLOW_UPS.get(followUp);
    }

    @Override
    public String followUpCode() {
        return followUp.name();
    }

    @Override
    public boolean returnsToAgenda() {
        return followUp != FollowUp.DIRECT_OPGEPAKT;
    }
}
