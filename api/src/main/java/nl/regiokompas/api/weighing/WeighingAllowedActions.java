package nl.regiokompas.api.weighing;

import java.util.List;

import nl.regiokompas.api.assessment.InterventionOutcome;

/**
 * What the signed-in user may do next on a weighing, by the rules the aggregate applies ({@link WeighingPolicy}).
 * {@code mayResolveWith}: the outcomes the user may choose for an open intervention it may resolve (never VERWORPEN).
 * The server still decides every request.
 */
public record WeighingAllowedActions(List<String> mayScoreFor, boolean mayRecordRaadRole, boolean mayPropose,
                                     boolean mayConfirm, boolean mayIntervene, boolean mayResolveInterventions,
                                     List<WeighingAction> roleMay, boolean mayOpenZienswijzePeriod,
                                     boolean mayRecordZienswijze, boolean mayRecordRaadInformed,
                                     List<InterventionOutcome> mayResolveWith) {
}
