package nl.regiokompas.api.common;

import java.util.List;

/**
 * One line of a role table: the roles that may do something at all, and the roles among them that may do it only
 * for their own gemeente. The role tables ({@code AssessmentAction}, {@code RouteAction},
 * {@code WeighingAction}) are made of these.
 */
public record RoleRule(List<Role> roles, List<Role> onlyForOwnGemeente) {

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }

    /** Whether this role, acting for {@code ownGemeente}, may do this for {@code gemeente}. */
    public boolean allowsFor(Role role, String ownGemeente, String gemeente) {
        return allows(role) && (!onlyForOwnGemeente.contains(role) || (ownGemeente != null && ownGemeente.equals(gemeente)));
    }
}
