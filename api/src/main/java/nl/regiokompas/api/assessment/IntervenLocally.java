package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The bestuurder of a gemeente intervenes locally on the regional proposal; this blocks the bestuurlijke bevestiging
 * until the intervention ends. {@code mandateId} optionally names the mandate it relates to; {@code signalId} the
 * strateeg's signal it turns into an intervention.
 */
public record IntervenLocally(@TargetAggregateIdentifier String assessmentId, String interventionId, String gemeente,
                              String layer, InterventionKind kind, String reason, String mandateId, String signalId,
                              @TargetAggregateVersion Long expectedVersion) {

    public IntervenLocally(String assessmentId, String interventionId, String gemeente, String layer,
                           InterventionKind kind, String reason, Long expectedVersion) {
        this(assessmentId, interventionId, gemeente, layer, kind, reason, null, null, expectedVersion);
    }
}
