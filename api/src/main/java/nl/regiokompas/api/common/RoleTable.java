package nl.regiokompas.api.common;

import java.util.List;

/** An entry of a role table (an action), answering by its {@link RoleRule}. */
public interface RoleTable {

    RoleRule rule();

    /** The roles that may do this at all, in the order refusals name them. */
    default List<Role> roles() {
        return rule().roles();
    }

    default boolean allows(Role role) {
        return rule().allows(role);
    }

    /** Whether this role, acting for {@code ownGemeente}, may do this for {@code gemeente}. */
    default boolean allowsFor(Role role, String ownGemeente, String gemeente) {
        return rule().allowsFor(role, ownGemeente, gemeente);
    }
}
