package nl.regiokompas.api.weighing;

import java.util.List;

/**
 * What the signed-in user may do next on a weighing, by the rules the aggregate applies ({@link WeighingPolicy}).
 * The server still decides every request.
 */
public record WeighingAllowedActions(List<String> mayScoreFor, boolean mayRecordRaadRole, boolean mayPropose,
                                     boolean mayConfirm, boolean mayIntervene, boolean mayResolveInterventions,
                                     List<WeighingAction> roleMay, boolean mayOpenZienswijzePeriod,
                                     boolean mayRecordZienswijze, boolean mayRecordRaadInformed) {
}
